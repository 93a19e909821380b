import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::published-item.published-item');
