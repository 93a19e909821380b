import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::published-item.published-item');
