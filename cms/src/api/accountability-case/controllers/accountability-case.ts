import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::accountability-case.accountability-case');
