import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::accountability-case.accountability-case');
