import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::major-penalty-filing.major-penalty-filing');
