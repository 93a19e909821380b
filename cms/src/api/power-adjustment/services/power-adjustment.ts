import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::power-adjustment.power-adjustment');
