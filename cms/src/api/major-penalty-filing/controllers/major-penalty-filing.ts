import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::major-penalty-filing.major-penalty-filing');
