import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::major-penalty-filing.major-penalty-filing');
