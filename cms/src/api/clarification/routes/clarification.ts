import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::clarification.clarification');
