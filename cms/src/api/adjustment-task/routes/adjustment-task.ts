import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::adjustment-task.adjustment-task');
