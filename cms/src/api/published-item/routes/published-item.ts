import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::published-item.published-item');
