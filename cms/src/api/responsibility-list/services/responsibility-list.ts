import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::responsibility-list.responsibility-list');
