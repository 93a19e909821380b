import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::assessment-plan.assessment-plan');
