import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::interference-record.interference-record');
