import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::accountability-case.accountability-case');
