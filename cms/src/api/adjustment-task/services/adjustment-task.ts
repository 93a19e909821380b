import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::adjustment-task.adjustment-task');
