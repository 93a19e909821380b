import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::enforcement-record.enforcement-record');
