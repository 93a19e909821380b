import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::case-interpretation.case-interpretation');
