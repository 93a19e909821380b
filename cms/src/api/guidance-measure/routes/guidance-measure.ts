import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::guidance-measure.guidance-measure');
