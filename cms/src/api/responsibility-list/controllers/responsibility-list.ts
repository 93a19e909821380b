import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::responsibility-list.responsibility-list');
