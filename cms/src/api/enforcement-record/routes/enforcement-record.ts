import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::enforcement-record.enforcement-record');
