import type { Schema, Struct } from '@strapi/strapi';

export interface AdminApiToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_tokens';
  info: {
    description: '';
    displayName: 'Api Token';
    name: 'Api Token';
    pluralName: 'api-tokens';
    singularName: 'api-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    adminPermissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::permission'
    >;
    adminUserOwner: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    encryptedKey: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    expiresAt: Schema.Attribute.DateTime;
    kind: Schema.Attribute.Enumeration<['content-api', 'admin']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'content-api'>;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::api-token-permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.Enumeration<['read-only', 'full-access', 'custom']> &
      Schema.Attribute.DefaultTo<'read-only'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminApiTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_token_permissions';
  info: {
    description: '';
    displayName: 'API Token Permission';
    name: 'API Token Permission';
    pluralName: 'api-token-permissions';
    singularName: 'api-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::api-token-permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminPermission extends Struct.CollectionTypeSchema {
  collectionName: 'admin_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'Permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    actionParameters: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    apiToken: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    conditions: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<[]>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::permission'> &
      Schema.Attribute.Private;
    properties: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'admin::role'>;
    subject: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminRole extends Struct.CollectionTypeSchema {
  collectionName: 'admin_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'Role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::role'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    users: Schema.Attribute.Relation<'manyToMany', 'admin::user'>;
  };
}

export interface AdminSession extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_sessions';
  info: {
    description: 'Session Manager storage';
    displayName: 'Session';
    name: 'Session';
    pluralName: 'sessions';
    singularName: 'session';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    absoluteExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    childId: Schema.Attribute.String & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    deviceId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::session'> &
      Schema.Attribute.Private;
    metadata: Schema.Attribute.JSON & Schema.Attribute.Private;
    origin: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    sessionId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique;
    status: Schema.Attribute.String & Schema.Attribute.Private;
    type: Schema.Attribute.String & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    userId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
  };
}

export interface AdminTransferToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_tokens';
  info: {
    description: '';
    displayName: 'Transfer Token';
    name: 'Transfer Token';
    pluralName: 'transfer-tokens';
    singularName: 'transfer-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    expiresAt: Schema.Attribute.DateTime;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token-permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminTransferTokenPermission
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_token_permissions';
  info: {
    description: '';
    displayName: 'Transfer Token Permission';
    name: 'Transfer Token Permission';
    pluralName: 'transfer-token-permissions';
    singularName: 'transfer-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token-permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::transfer-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminUser extends Struct.CollectionTypeSchema {
  collectionName: 'admin_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'User';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    apiTokens: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> &
      Schema.Attribute.Private;
    blocked: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    firstname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    isActive: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    lastname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::user'> &
      Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    preferedLanguage: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    registrationToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordTokenExpiresAt: Schema.Attribute.DateTime &
      Schema.Attribute.Private;
    roles: Schema.Attribute.Relation<'manyToMany', 'admin::role'> &
      Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    username: Schema.Attribute.String;
  };
}

export interface ApiAccountabilityCaseAccountabilityCase
  extends Struct.CollectionTypeSchema {
  collectionName: 'accountability_cases';
  info: {
    description: '\u5BF9\u90E8\u95E8\uFF08\u7B2C\u4E8C\u5341\u4E03\u6761\uFF09\u6216\u6267\u6CD5\u4EBA\u5458\uFF08\u7B2C\u4E8C\u5341\u516B\u6761\uFF09\u7684\u8D23\u4EFB\u8FFD\u7A76';
    displayName: '\u8D23\u4EFB\u8FFD\u7A76';
    pluralName: 'accountability-cases';
    singularName: 'accountability-case';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    assessment: Schema.Attribute.Relation<
      'manyToOne',
      'api::assessment.assessment'
    >;
    basis: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    correctedAt: Schema.Attribute.Date;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    deadline: Schema.Attribute.Date;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    escalatedFrom: Schema.Attribute.Relation<
      'manyToOne',
      'api::accountability-case.accountability-case'
    >;
    exemptionChecklist: Schema.Attribute.JSON;
    exemptionDecision: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    finding: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    history: Schema.Attribute.JSON;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::accountability-case.accountability-case'
    > &
      Schema.Attribute.Private;
    measure: Schema.Attribute.Enumeration<
      [
        'correction-order',
        'circulated-criticism',
        'sanction',
        'criminal-referral',
        'handling',
      ]
    > &
      Schema.Attribute.Required;
    officer: Schema.Attribute.Relation<'manyToOne', 'api::officer.officer'>;
    publishedAt: Schema.Attribute.DateTime;
    state: Schema.Attribute.Enumeration<
      ['open', 'corrected', 'escalated', 'exempted', 'closed']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'open'>;
    subjectKind: Schema.Attribute.Enumeration<['department', 'officer']> &
      Schema.Attribute.Required;
    supervisingGovernment: Schema.Attribute.Relation<
      'manyToOne',
      'api::government.government'
    >;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiAdjustmentTaskAdjustmentTask
  extends Struct.CollectionTypeSchema {
  collectionName: 'adjustment_tasks';
  info: {
    description: '\u6267\u6CD5\u4F9D\u636E\u4FEE\u6539\u3001\u5E9F\u6B62\u6216\u88AB\u66FF\u4EE3\u540E\uFF0C\u5F15\u7528\u5B83\u7684\u90E8\u95E8\u987B\u5728\u671F\u9650\u5185\u8C03\u6574\u6743\u8D23\u6E05\u5355\uFF08\u7B2C\u5341\u6761\u3001\u7B2C\u5341\u4E09\u6761\uFF09';
    displayName: '\u52A8\u6001\u8C03\u6574\u4EFB\u52A1';
    pluralName: 'adjustment-tasks';
    singularName: 'adjustment-task';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    basisStatus: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    basisTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    completedAt: Schema.Attribute.DateTime;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    dueDate: Schema.Attribute.Date & Schema.Attribute.Required;
    legalBasis: Schema.Attribute.Relation<
      'manyToOne',
      'api::legal-basis.legal-basis'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::adjustment-task.adjustment-task'
    > &
      Schema.Attribute.Private;
    overdue: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    powers: Schema.Attribute.JSON;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    state: Schema.Attribute.Enumeration<['open', 'done']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'open'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiAgencyAgency extends Struct.CollectionTypeSchema {
  collectionName: 'agencies';
  info: {
    description: '\u90E8\u95E8\u5185\u8BBE\u6267\u6CD5\u673A\u6784\uFF08\u7B2C\u5341\u4E00\u6761\uFF09';
    displayName: '\u6267\u6CD5\u673A\u6784';
    pluralName: 'agencies';
    singularName: 'agency';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::agency.agency'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    posts: Schema.Attribute.Relation<'oneToMany', 'api::post.post'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiAnnualReportAnnualReport
  extends Struct.CollectionTypeSchema {
  collectionName: 'annual_reports';
  info: {
    description: '\u884C\u653F\u6267\u6CD5\u8D23\u4EFB\u5236\u843D\u5B9E\u60C5\u51B5\u5E74\u5EA6\u62A5\u544A\uFF08\u7B2C\u4E03\u6761\uFF09';
    displayName: '\u5E74\u5EA6\u62A5\u544A';
    pluralName: 'annual-reports';
    singularName: 'annual-report';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    acceptedAt: Schema.Attribute.DateTime;
    content: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50000;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    documentNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    dueAt: Schema.Attribute.Date;
    figures: Schema.Attribute.JSON;
    government: Schema.Attribute.Relation<
      'manyToOne',
      'api::government.government'
    >;
    history: Schema.Attribute.JSON;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::annual-report.annual-report'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    reviewOpinion: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    state: Schema.Attribute.Enumeration<
      ['draft', 'submitted', 'accepted', 'returned']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    submittedAt: Schema.Attribute.DateTime;
    submittedLate: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2021;
        },
        number
      >;
  };
}

export interface ApiAssessmentPlanAssessmentPlan
  extends Struct.CollectionTypeSchema {
  collectionName: 'assessment_plans';
  info: {
    description: '\u4E00\u7EA7\u4EBA\u6C11\u653F\u5E9C\u7684\u5E74\u5EA6\u6216\u65E5\u5E38\u8BC4\u8BAE\u8003\u6838\u65B9\u6848\uFF1A\u8003\u6838\u65B9\u5F0F\u53CA\u5404\u90E8\u5206\u6743\u91CD\uFF08\u7B2C\u4E8C\u5341\u4E8C\u81F3\u4E8C\u5341\u4E94\u6761\uFF09';
    displayName: '\u8BC4\u8BAE\u8003\u6838\u65B9\u6848';
    pluralName: 'assessment-plans';
    singularName: 'assessment-plan';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    government: Schema.Attribute.Relation<
      'manyToOne',
      'api::government.government'
    >;
    kind: Schema.Attribute.Enumeration<['daily', 'annual']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'annual'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::assessment-plan.assessment-plan'
    > &
      Schema.Attribute.Private;
    periodEnd: Schema.Attribute.Date & Schema.Attribute.Required;
    periodStart: Schema.Attribute.Date & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    state: Schema.Attribute.Enumeration<['draft', 'active', 'closed']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    weightExternal: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<20>;
    weightInternal: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<60>;
    weightMutual: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<10>;
    weightSelf: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<10>;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2021;
        },
        number
      >;
  };
}

export interface ApiAssessmentAssessment extends Struct.CollectionTypeSchema {
  collectionName: 'assessments';
  info: {
    description: '\u884C\u653F\u6267\u6CD5\u8BC4\u8BAE\u8003\u6838\u8BB0\u5F55\uFF08\u7B2C\u4E8C\u5341\u4E8C\u81F3\u4E8C\u5341\u516D\u6761\uFF09';
    displayName: '\u8BC4\u8BAE\u8003\u6838';
    pluralName: 'assessments';
    singularName: 'assessment';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    assessorDepartment: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    assessorGovernment: Schema.Attribute.Relation<
      'manyToOne',
      'api::government.government'
    >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    grade: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    history: Schema.Attribute.JSON;
    kind: Schema.Attribute.Enumeration<['daily', 'annual']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'annual'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::assessment.assessment'
    > &
      Schema.Attribute.Private;
    method: Schema.Attribute.Enumeration<
      ['self', 'mutual', 'internal', 'external']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'internal'>;
    plan: Schema.Attribute.Relation<
      'manyToOne',
      'api::assessment-plan.assessment-plan'
    >;
    publicationDate: Schema.Attribute.DateTime;
    publishedAt: Schema.Attribute.DateTime;
    reviewOpinion: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    scores: Schema.Attribute.Component<'assessment.score', true>;
    state: Schema.Attribute.Enumeration<
      ['draft', 'completed', 'approved', 'published']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    targetAgency: Schema.Attribute.Relation<'manyToOne', 'api::agency.agency'>;
    targetDepartment: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    targetGovernment: Schema.Attribute.Relation<
      'manyToOne',
      'api::government.government'
    >;
    targetOfficer: Schema.Attribute.Relation<
      'manyToOne',
      'api::officer.officer'
    >;
    total: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2021;
        },
        number
      >;
  };
}

export interface ApiAuditLogAuditLog extends Struct.CollectionTypeSchema {
  collectionName: 'audit_logs';
  info: {
    description: '\u6BCF\u4E00\u6B21\u5199\u5165\u548C\u5B89\u5168\u4E8B\u4EF6\uFF08\u767B\u5F55\u3001\u9501\u5B9A\u3001\u6539\u5BC6\u3001\u9000\u51FA\u3001\u6743\u9650\u53D8\u66F4\uFF09\u7684\u5BA1\u8BA1\u8BB0\u5F55\uFF0C\u53EA\u589E\u4E0D\u6539';
    displayName: '\u5BA1\u8BA1\u65E5\u5FD7';
    pluralName: 'audit-logs';
    singularName: 'audit-log';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
    actor: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    actorId: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 2147483647;
          min: 1;
        },
        number
      >;
    actorKind: Schema.Attribute.Enumeration<
      ['user', 'admin', 'system', 'public']
    >;
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    at: Schema.Attribute.DateTime & Schema.Attribute.Required;
    changes: Schema.Attribute.JSON;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    governmentCode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 12;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::audit-log.audit-log'
    > &
      Schema.Attribute.Private;
    organisation: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    recordId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    resource: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    role: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiCaseInterpretationCaseInterpretation
  extends Struct.CollectionTypeSchema {
  collectionName: 'case_interpretations';
  info: {
    description: '\u90E8\u95E8\u4EE5\u5178\u578B\u6267\u6CD5\u6848\u4F8B\u89E3\u91CA\u6CD5\u5F8B\u3001\u5BA3\u4F20\u6CD5\u6CBB\uFF0C\u5411\u793E\u4F1A\u516C\u5E03\uFF08\u7B2C\u5341\u516B\u6761\uFF09';
    displayName: '\u4EE5\u6848\u91CA\u6CD5';
    pluralName: 'case-interpretations';
    singularName: 'case-interpretation';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    caseDate: Schema.Attribute.Date;
    caseSummary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    lawExplained: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    legalBasis: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::case-interpretation.case-interpretation'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    publishedOn: Schema.Attribute.Date;
    state: Schema.Attribute.Enumeration<['draft', 'published']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiCatalogueItemCatalogueItem
  extends Struct.CollectionTypeSchema {
  collectionName: 'catalogue_items';
  info: {
    description: '\u81EA\u6CBB\u533A\u7EDF\u4E00\u7684\u6743\u8D23\u4E8B\u9879\u901A\u7528\u76EE\u5F55\uFF0C\u90E8\u95E8\u4E8B\u9879\u7531\u6B64\u5B9E\u4F8B\u5316';
    displayName: '\u901A\u7528\u76EE\u5F55\u4E8B\u9879';
    pluralName: 'catalogue-items';
    singularName: 'catalogue-item';
  };
  options: {
    draftAndPublish: true;
  };
  attributes: {
    bases: Schema.Attribute.Component<'power.basis-citation', true>;
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::catalogue-item.catalogue-item'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    remarks: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    subItem: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    tiers: Schema.Attribute.JSON;
    type: Schema.Attribute.Enumeration<
      [
        'licensing',
        'confirmation',
        'adjudication',
        'payment',
        'reward',
        'filing',
        'inspection',
        'penalty',
        'coercion',
        'levy',
        'other',
      ]
    > &
      Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiClarificationClarification
  extends Struct.CollectionTypeSchema {
  collectionName: 'clarifications';
  info: {
    description: '\u6267\u6CD5\u4EBA\u5458\u56E0\u4F9D\u6CD5\u5C65\u804C\u906D\u53D7\u4E0D\u5B9E\u4E3E\u62A5\u3001\u8BEC\u544A\u3001\u8BFD\u8C24\u3001\u4FAE\u8FB1\u7684\uFF0C\u6240\u5728\u90E8\u95E8\u6F84\u6E05\u4E8B\u5B9E\u3001\u6D88\u9664\u4E0D\u826F\u5F71\u54CD\uFF08\u7B2C\u4E09\u5341\u4E00\u6761\uFF09';
    displayName: '\u6F84\u6E05\u6B63\u540D';
    pluralName: 'clarifications';
    singularName: 'clarification';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    accountabilityCase: Schema.Attribute.Relation<
      'manyToOne',
      'api::accountability-case.accountability-case'
    >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    finding: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::clarification.clarification'
    > &
      Schema.Attribute.Private;
    officer: Schema.Attribute.Relation<'manyToOne', 'api::officer.officer'>;
    publishedAt: Schema.Attribute.DateTime;
    publishedOn: Schema.Attribute.Date;
    reportSummary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    state: Schema.Attribute.Enumeration<['draft', 'published']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    statement: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiCommendationCommendation
  extends Struct.CollectionTypeSchema {
  collectionName: 'commendations';
  info: {
    description: '\u5BF9\u6210\u6548\u7A81\u51FA\u7684\u6267\u6CD5\u4EBA\u5458\u7684\u8868\u5F70\u548C\u5956\u52B1\uFF08\u7B2C\u516B\u6761\uFF09';
    displayName: '\u8868\u5F70\u5956\u52B1';
    pluralName: 'commendations';
    singularName: 'commendation';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    awardedAt: Schema.Attribute.Date;
    awardedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::commendation.commendation'
    > &
      Schema.Attribute.Private;
    officer: Schema.Attribute.Relation<'manyToOne', 'api::officer.officer'>;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiDepartmentDepartment extends Struct.CollectionTypeSchema {
  collectionName: 'departments';
  info: {
    description: '\u884C\u653F\u6267\u6CD5\u90E8\u95E8\uFF08\u6267\u6CD5\u4E3B\u4F53\uFF09\uFF0C\u4E00\u7EA7\u653F\u5E9C\u4E2D\u6709\u4E00\u4E2A\u53F8\u6CD5\u884C\u653F\u90E8\u95E8\uFF08\u7B2C\u4E94\u6761\uFF09';
    displayName: '\u884C\u653F\u6267\u6CD5\u90E8\u95E8';
    pluralName: 'departments';
    singularName: 'department';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    agencies: Schema.Attribute.Relation<'oneToMany', 'api::agency.agency'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    government: Schema.Attribute.Relation<
      'manyToOne',
      'api::government.government'
    >;
    isJustice: Schema.Attribute.Boolean &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<false>;
    kind: Schema.Attribute.Enumeration<
      [
        'government-department',
        'authorized-organisation',
        'entrusted-organisation',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'government-department'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::department.department'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    officers: Schema.Attribute.Relation<'oneToMany', 'api::officer.officer'>;
    powers: Schema.Attribute.Relation<'oneToMany', 'api::power.power'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    upperDepartment: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
  };
}

export interface ApiEnforcementRecordEnforcementRecord
  extends Struct.CollectionTypeSchema {
  collectionName: 'enforcement_records';
  info: {
    description: '\u6BCF\u4E00\u6267\u6CD5\u6848\u4EF6\u7ACB\u6848\u81F3\u9001\u8FBE\u3001\u6267\u884C\u5404\u73AF\u8282\u7684\u6587\u5B57\u548C\u97F3\u50CF\u8BB0\u5F55\uFF08\u7B2C\u5341\u56DB\u6761\uFF09';
    displayName: '\u6267\u6CD5\u5168\u8FC7\u7A0B\u8BB0\u5F55';
    pluralName: 'enforcement-records';
    singularName: 'enforcement-record';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    caseName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    caseNumber: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    completeness: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 1;
          min: 0;
        },
        number
      >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    filing: Schema.Attribute.Relation<
      'manyToOne',
      'api::major-penalty-filing.major-penalty-filing'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::enforcement-record.enforcement-record'
    > &
      Schema.Attribute.Private;
    major: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    power: Schema.Attribute.Relation<'manyToOne', 'api::power.power'>;
    publishedAt: Schema.Attribute.DateTime;
    stages: Schema.Attribute.JSON;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiGovernmentGovernment extends Struct.CollectionTypeSchema {
  collectionName: 'governments';
  info: {
    description: '\u5404\u7EA7\u4EBA\u6C11\u653F\u5E9C\uFF08\u81EA\u6CBB\u533A\u3001\u76DF\u5E02\u3001\u65D7\u53BF\u5E02\u533A\u3001\u82CF\u6728\u4E61\u9547\uFF09';
    displayName: '\u4EBA\u6C11\u653F\u5E9C';
    pluralName: 'governments';
    singularName: 'government';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    children: Schema.Attribute.Relation<
      'oneToMany',
      'api::government.government'
    >;
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 12;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    departments: Schema.Attribute.Relation<
      'oneToMany',
      'api::department.department'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::government.government'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    parent: Schema.Attribute.Relation<
      'manyToOne',
      'api::government.government'
    >;
    publishedAt: Schema.Attribute.DateTime;
    tier: Schema.Attribute.Enumeration<
      ['region', 'league', 'county', 'township']
    > &
      Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiGuidanceMeasureGuidanceMeasure
  extends Struct.CollectionTypeSchema {
  collectionName: 'guidance_measures';
  info: {
    description: '\u6309\u6743\u8D23\u4E8B\u9879\u8BB0\u5F55\u7684\u884C\u653F\u6307\u5BFC\u3001\u9996\u8FDD\u4E0D\u7F5A\u548C\u8F7B\u5FAE\u514D\u7F5A\u6E05\u5355\u3001\u67D4\u6027\u6267\u6CD5\u6848\u4F8B\u7B49\u975E\u5F3A\u5236\u884C\u653F\u624B\u6BB5\uFF0C\u968F\u6743\u8D23\u6E05\u5355\u516C\u5E03\uFF08\u7B2C\u5341\u4E03\u6761\uFF09';
    displayName: '\u884C\u653F\u6307\u5BFC\u548C\u975E\u5F3A\u5236\u624B\u6BB5';
    pluralName: 'guidance-measures';
    singularName: 'guidance-measure';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    basis: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    caseDate: Schema.Attribute.Date;
    conditions: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    content: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    kind: Schema.Attribute.Enumeration<
      [
        'guidance',
        'reward',
        'settlement',
        'persuasion',
        'demonstration',
        'first-offence-exemption',
        'minor-exemption',
        'soft-enforcement-case',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'guidance'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::guidance-measure.guidance-measure'
    > &
      Schema.Attribute.Private;
    outcome: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    power: Schema.Attribute.Relation<'manyToOne', 'api::power.power'>;
    publishedAt: Schema.Attribute.DateTime;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiInterferenceRecordInterferenceRecord
  extends Struct.CollectionTypeSchema {
  collectionName: 'interference_records';
  info: {
    description: '\u6267\u6CD5\u4EBA\u5458\u5982\u5B9E\u8BB0\u5F55\u5E72\u9884\u6267\u6CD5\u6D3B\u52A8\u7684\u60C5\u51B5\uFF08\u7B2C\u4E09\u5341\u6761\uFF09\uFF1B\u4FDD\u5B58\u540E\u5C01\u5B58';
    displayName: '\u5E72\u9884\u6267\u6CD5\u8BB0\u5F55';
    pluralName: 'interference-records';
    singularName: 'interference-record';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    content: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    interferer: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::interference-record.interference-record'
    > &
      Schema.Attribute.Private;
    manner: Schema.Attribute.Enumeration<
      ['verbal', 'written', 'phone', 'other']
    > &
      Schema.Attribute.Required;
    occurredAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    officer: Schema.Attribute.Relation<'manyToOne', 'api::officer.officer'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiLegalBasisLegalBasis extends Struct.CollectionTypeSchema {
  collectionName: 'legal_bases';
  info: {
    description: '\u6CD5\u5F8B\u3001\u6CD5\u89C4\u3001\u89C4\u7AE0\u548C\u89C4\u8303\u6027\u6587\u4EF6\uFF08\u7B2C\u5341\u6761\uFF09';
    displayName: '\u6267\u6CD5\u4F9D\u636E';
    pluralName: 'legal-bases';
    singularName: 'legal-basis';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    articles: Schema.Attribute.Component<'legal.article', true>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    documentNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    effectiveAt: Schema.Attribute.Date;
    issuingBody: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    level: Schema.Attribute.Enumeration<
      [
        'law',
        'administrative-regulation',
        'local-regulation',
        'autonomous-regulation',
        'department-rule',
        'government-rule',
        'normative-document',
      ]
    > &
      Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::legal-basis.legal-basis'
    > &
      Schema.Attribute.Private;
    promulgatedAt: Schema.Attribute.Date;
    publishedAt: Schema.Attribute.DateTime;
    replacedBy: Schema.Attribute.Relation<
      'manyToOne',
      'api::legal-basis.legal-basis'
    >;
    status: Schema.Attribute.Enumeration<
      ['in-force', 'amended', 'repealed', 'not-yet-effective']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'in-force'>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiLegalEducationListLegalEducationList
  extends Struct.CollectionTypeSchema {
  collectionName: 'legal_education_lists';
  info: {
    description: '\u8C01\u6267\u6CD5\u8C01\u666E\u6CD5\uFF1A\u90E8\u95E8\u5E74\u5EA6\u666E\u6CD5\u8D23\u4EFB\u6E05\u5355\uFF0C\u5199\u660E\u666E\u6CD5\u5185\u5BB9\u3001\u5BF9\u8C61\u3001\u65B9\u5F0F\u548C\u65F6\u95F4\uFF0C\u5411\u793E\u4F1A\u516C\u5E03\uFF08\u7B2C\u5341\u516B\u6761\uFF09';
    displayName: '\u666E\u6CD5\u8D23\u4EFB\u6E05\u5355';
    pluralName: 'legal-education-lists';
    singularName: 'legal-education-list';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    items: Schema.Attribute.Component<'education.item', true>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::legal-education-list.legal-education-list'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    publishedOn: Schema.Attribute.Date;
    state: Schema.Attribute.Enumeration<['draft', 'published']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2021;
        },
        number
      >;
  };
}

export interface ApiMajorPenaltyFilingMajorPenaltyFiling
  extends Struct.CollectionTypeSchema {
  collectionName: 'major_penalty_filings';
  info: {
    description: '\u91CD\u5927\u884C\u653F\u5904\u7F5A\u7684\u6CD5\u5236\u5BA1\u6838\u3001\u96C6\u4F53\u8BA8\u8BBA\u548C\u5907\u6848\uFF08\u7B2C\u5341\u516D\u6761\uFF09';
    displayName: '\u91CD\u5927\u884C\u653F\u5904\u7F5A\u5907\u6848';
    pluralName: 'major-penalty-filings';
    singularName: 'major-penalty-filing';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    caseNumber: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    counterpartIdNumber: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    counterpartName: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    decidedAt: Schema.Attribute.Date;
    decision: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    discussionAt: Schema.Attribute.Date;
    discussionDecision: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    discussionParticipants: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    filedAt: Schema.Attribute.Date;
    filedLate: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    filingDeadline: Schema.Attribute.Date;
    legalReviewAt: Schema.Attribute.Date;
    legalReviewer: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    legalReviewOpinion: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::major-penalty-filing.major-penalty-filing'
    > &
      Schema.Attribute.Private;
    power: Schema.Attribute.Relation<'manyToOne', 'api::power.power'>;
    proposedDecision: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    receivedAt: Schema.Attribute.Date;
    receivedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiOfficerOfficer extends Struct.CollectionTypeSchema {
  collectionName: 'officers';
  info: {
    description: '\u6301\u8BC1\u884C\u653F\u6267\u6CD5\u4EBA\u5458\uFF08\u7B2C\u5341\u4E5D\u6761\uFF09\uFF1B\u8EAB\u4EFD\u8BC1\u53F7\u548C\u7535\u8BDD\u4E3A\u4E2A\u4EBA\u4FE1\u606F';
    displayName: '\u884C\u653F\u6267\u6CD5\u4EBA\u5458';
    pluralName: 'officers';
    singularName: 'officer';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    certificateExpiresAt: Schema.Attribute.Date;
    certificateHistory: Schema.Attribute.JSON;
    certificateIssuedAt: Schema.Attribute.Date;
    certificateNumber: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    certificateReviewedAt: Schema.Attribute.Date;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    enforcementCategories: Schema.Attribute.JSON;
    idNumber: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 18;
      }>;
    idNumberHash: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::officer.officer'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    phoneHash: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    posts: Schema.Attribute.Relation<'manyToMany', 'api::post.post'>;
    publishedAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<
      ['valid', 'suspended', 'revoked', 'expired', 'none']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'valid'>;
    trainingRecords: Schema.Attribute.Relation<
      'oneToMany',
      'api::training-record.training-record'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiPostPost extends Struct.CollectionTypeSchema {
  collectionName: 'posts';
  info: {
    description: '\u6267\u6CD5\u673A\u6784\u5185\u7684\u6267\u6CD5\u5C97\u4F4D\uFF08\u7B2C\u5341\u4E00\u3001\u5341\u4E8C\u6761\uFF09';
    displayName: '\u6267\u6CD5\u5C97\u4F4D';
    pluralName: 'posts';
    singularName: 'post';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    agency: Schema.Attribute.Relation<'manyToOne', 'api::agency.agency'>;
    certificateLapsed: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::post.post'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    officers: Schema.Attribute.Relation<'manyToMany', 'api::officer.officer'>;
    publishedAt: Schema.Attribute.DateTime;
    responsibilities: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiPowerAdjustmentPowerAdjustment
  extends Struct.CollectionTypeSchema {
  collectionName: 'power_adjustments';
  info: {
    description: '\u65B0\u589E\u3001\u53D6\u6D88\u3001\u53D8\u66F4\u3001\u4E0B\u653E\u3001\u627F\u63A5\u804C\u6743\uFF0C\u987B\u7ECF\u53F8\u6CD5\u884C\u653F\u90E8\u95E8\u6279\u51C6\uFF08\u7B2C\u5341\u4E00\u6761\uFF09';
    displayName: '\u804C\u6743\u8C03\u6574';
    pluralName: 'power-adjustments';
    singularName: 'power-adjustment';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    appliedPower: Schema.Attribute.Relation<'manyToOne', 'api::power.power'>;
    approvingDepartment: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    basisArticles: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    basisChange: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    batchFile: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    batchRows: Schema.Attribute.JSON;
    catalogueItem: Schema.Attribute.Relation<
      'manyToOne',
      'api::catalogue-item.catalogue-item'
    >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    decidedAt: Schema.Attribute.DateTime;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    kind: Schema.Attribute.Enumeration<
      ['add', 'cancel', 'change', 'delegate', 'undertake']
    > &
      Schema.Attribute.Required;
    legalBasis: Schema.Attribute.Relation<
      'manyToOne',
      'api::legal-basis.legal-basis'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::power-adjustment.power-adjustment'
    > &
      Schema.Attribute.Private;
    opinion: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    power: Schema.Attribute.Relation<'manyToOne', 'api::power.power'>;
    proposedCode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    proposedName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    proposedType: Schema.Attribute.Enumeration<
      [
        'licensing',
        'confirmation',
        'adjudication',
        'payment',
        'reward',
        'filing',
        'inspection',
        'penalty',
        'coercion',
        'levy',
        'other',
      ]
    >;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    state: Schema.Attribute.Enumeration<
      ['draft', 'submitted', 'approved', 'rejected', 'applied']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    targetDepartment: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiPowerPower extends Struct.CollectionTypeSchema {
  collectionName: 'powers';
  info: {
    description: '\u90E8\u95E8\u7684\u884C\u653F\u6267\u6CD5\u804C\u6743\uFF08\u6743\u8D23\u6E05\u5355\u4E8B\u9879\uFF09';
    displayName: '\u6743\u8D23\u4E8B\u9879';
    pluralName: 'powers';
    singularName: 'power';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    accountabilities: Schema.Attribute.Component<'power.accountability', true>;
    adjustment: Schema.Attribute.Relation<
      'manyToOne',
      'api::power-adjustment.power-adjustment'
    >;
    bases: Schema.Attribute.Component<'power.basis-citation', true>;
    catalogueItem: Schema.Attribute.Relation<
      'manyToOne',
      'api::catalogue-item.catalogue-item'
    >;
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    consultationPhone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    decomposition: Schema.Attribute.Component<'power.decomposition', true>;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    discretion: Schema.Attribute.Component<'power.discretion-standard', true>;
    feeBasis: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    flowchart: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    legalTimeLimit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::power.power'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    pendingAdjustment: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    promisedTimeLimit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    remarks: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    riskPoints: Schema.Attribute.Component<'power.risk-point', true>;
    serviceGuide: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    status: Schema.Attribute.Enumeration<
      ['valid', 'cancelled', 'delegated', 'undertaken', 'changed']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'valid'>;
    statutoryMax: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 99999999;
          min: 0;
        },
        number
      >;
    statutoryMin: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 99999999;
          min: 0;
        },
        number
      >;
    steps: Schema.Attribute.Component<'power.responsibility-step', true>;
    subItem: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    supervisionPhone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    tier: Schema.Attribute.Enumeration<
      ['region', 'league', 'county', 'township']
    >;
    type: Schema.Attribute.Enumeration<
      [
        'licensing',
        'confirmation',
        'adjudication',
        'payment',
        'reward',
        'filing',
        'inspection',
        'penalty',
        'coercion',
        'levy',
        'other',
      ]
    > &
      Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiPublicRatingPublicRating
  extends Struct.CollectionTypeSchema {
  collectionName: 'public_ratings';
  info: {
    description: '\u516C\u4F17\u5BF9\u884C\u653F\u6267\u6CD5\u90E8\u95E8\u7684\u5916\u90E8\u8BC4\u8BAE\uFF08\u7B2C\u4E8C\u5341\u4E94\u6761\uFF09\uFF0C\u7ECF\u516C\u5F00\u8868\u5355\u63D0\u4EA4\uFF0C\u65E0\u9700\u767B\u5F55';
    displayName: '\u516C\u4F17\u8BC4\u8BAE';
    pluralName: 'public-ratings';
    singularName: 'public-rating';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    addressHash: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    comment: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::public-rating.public-rating'
    > &
      Schema.Attribute.Private;
    nonce: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    rating: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 10;
          min: 1;
        },
        number
      >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2021;
        },
        number
      >;
  };
}

export interface ApiPublishedItemPublishedItem
  extends Struct.CollectionTypeSchema {
  collectionName: 'published_items';
  info: {
    description: '\u516C\u5E03\u7684\u6743\u8D23\u6E05\u5355\u7248\u672C\u4E2D\u7684\u4E8B\u9879\uFF0C\u7531\u516C\u5E03\u64CD\u4F5C\u4ECE\u5BA1\u6838\u901A\u8FC7\u7684\u5FEB\u7167\u5199\u5165\uFF0C\u53EA\u8BFB\uFF08\u7B2C\u5341\u4E09\u6761\uFF09';
    displayName: '\u5DF2\u516C\u5E03\u4E8B\u9879';
    pluralName: 'published-items';
    singularName: 'published-item';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: true;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    current: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<true>;
    departmentId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    detail: Schema.Attribute.JSON;
    governmentCode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 12;
      }>;
    listId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::published-item.published-item'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    position: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2147483647;
          min: 0;
        },
        number
      >;
    powerId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    subItem: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    type: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiResponsibilityListResponsibilityList
  extends Struct.CollectionTypeSchema {
  collectionName: 'responsibility_lists';
  info: {
    description: '\u90E8\u95E8\u6743\u8D23\u6E05\u5355\u7684\u7248\u672C\uFF1B\u516C\u5E03\u540E\u4E0D\u53EF\u66F4\u6539\uFF08\u7B2C\u5341\u4E09\u6761\uFF09';
    displayName: '\u6743\u8D23\u6E05\u5355\u7248\u672C';
    pluralName: 'responsibility-lists';
    singularName: 'responsibility-list';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    history: Schema.Attribute.JSON;
    itemCount: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 2147483647;
          min: 0;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::responsibility-list.responsibility-list'
    > &
      Schema.Attribute.Private;
    publicationDate: Schema.Attribute.DateTime;
    publishedAt: Schema.Attribute.DateTime;
    reviewOpinion: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    state: Schema.Attribute.Enumeration<
      [
        'draft',
        'submitted',
        'legal-review',
        'returned',
        'approved',
        'published',
        'superseded',
        'withdrawn',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    versionNumber: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2147483647;
          min: 1;
        },
        number
      >;
    withdrawalReason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

export interface ApiTrainingRecordTrainingRecord
  extends Struct.CollectionTypeSchema {
  collectionName: 'training_records';
  info: {
    description: '\u884C\u653F\u6267\u6CD5\u4EBA\u5458\u57F9\u8BAD\u8BB0\u5F55\uFF08\u7B2C\u516D\u3001\u4E8C\u5341\u6761\uFF09';
    displayName: '\u57F9\u8BAD\u8BB0\u5F55';
    pluralName: 'training-records';
    singularName: 'training-record';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    hours: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 1000;
          min: 0;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::training-record.training-record'
    > &
      Schema.Attribute.Private;
    officer: Schema.Attribute.Relation<'manyToOne', 'api::officer.officer'>;
    organiser: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesRelease
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_releases';
  info: {
    displayName: 'Release';
    pluralName: 'releases';
    singularName: 'release';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    actions: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release-action'
    >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    releasedAt: Schema.Attribute.DateTime;
    scheduledAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<
      ['ready', 'blocked', 'failed', 'done', 'empty']
    > &
      Schema.Attribute.Required;
    timezone: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesReleaseAction
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_release_actions';
  info: {
    displayName: 'Release Action';
    pluralName: 'release-actions';
    singularName: 'release-action';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentType: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    entryDocumentId: Schema.Attribute.String;
    isEntryValid: Schema.Attribute.Boolean;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release-action'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    release: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::content-releases.release'
    >;
    type: Schema.Attribute.Enumeration<['publish', 'unpublish']> &
      Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginI18NLocale extends Struct.CollectionTypeSchema {
  collectionName: 'i18n_locale';
  info: {
    collectionName: 'locales';
    description: '';
    displayName: 'Locale';
    pluralName: 'locales';
    singularName: 'locale';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String & Schema.Attribute.Unique;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::i18n.locale'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
          min: 1;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflow
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows';
  info: {
    description: '';
    displayName: 'Workflow';
    name: 'Workflow';
    pluralName: 'workflows';
    singularName: 'workflow';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentTypes: Schema.Attribute.JSON &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'[]'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    stageRequiredToPublish: Schema.Attribute.Relation<
      'oneToOne',
      'plugin::review-workflows.workflow-stage'
    >;
    stages: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow-stage'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflowStage
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows_stages';
  info: {
    description: '';
    displayName: 'Stages';
    name: 'Workflow Stage';
    pluralName: 'workflow-stages';
    singularName: 'workflow-stage';
  };
  options: {
    draftAndPublish: false;
    version: '1.1.0';
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    color: Schema.Attribute.String & Schema.Attribute.DefaultTo<'#4945FF'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow-stage'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String;
    permissions: Schema.Attribute.Relation<'manyToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    workflow: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::review-workflows.workflow'
    >;
  };
}

export interface PluginUploadFile extends Struct.CollectionTypeSchema {
  collectionName: 'files';
  info: {
    description: '';
    displayName: 'File';
    pluralName: 'files';
    singularName: 'file';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    alternativeText: Schema.Attribute.Text;
    caption: Schema.Attribute.Text;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    ext: Schema.Attribute.String;
    focalPoint: Schema.Attribute.JSON;
    folder: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'> &
      Schema.Attribute.Private;
    folderPath: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    formats: Schema.Attribute.JSON;
    hash: Schema.Attribute.String & Schema.Attribute.Required;
    height: Schema.Attribute.Integer;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::upload.file'
    > &
      Schema.Attribute.Private;
    mime: Schema.Attribute.String & Schema.Attribute.Required;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    previewUrl: Schema.Attribute.Text;
    provider: Schema.Attribute.String & Schema.Attribute.Required;
    provider_metadata: Schema.Attribute.JSON;
    publishedAt: Schema.Attribute.DateTime;
    related: Schema.Attribute.Relation<'morphToMany'>;
    size: Schema.Attribute.Decimal & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    url: Schema.Attribute.Text & Schema.Attribute.Required;
    width: Schema.Attribute.Integer;
  };
}

export interface PluginUploadFolder extends Struct.CollectionTypeSchema {
  collectionName: 'upload_folders';
  info: {
    displayName: 'Folder';
    pluralName: 'folders';
    singularName: 'folder';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    children: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    files: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::upload.folder'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    parent: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'>;
    path: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    pathId: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsPermission
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.role'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsRole
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.role'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.String & Schema.Attribute.Unique;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    users: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.user'
    >;
  };
}

export interface PluginUsersPermissionsUser
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'user';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
    timestamps: true;
  };
  attributes: {
    blocked: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    confirmationToken: Schema.Attribute.String & Schema.Attribute.Private;
    confirmed: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    displayName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    failedSignIns: Schema.Attribute.Integer &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<0>;
    failedSince: Schema.Attribute.DateTime & Schema.Attribute.Private;
    government: Schema.Attribute.Relation<
      'manyToOne',
      'api::government.government'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.user'
    > &
      Schema.Attribute.Private;
    lockedUntil: Schema.Attribute.DateTime & Schema.Attribute.Private;
    mustChangePassword: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    passwordChangedAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    passwordHistory: Schema.Attribute.JSON & Schema.Attribute.Private;
    provider: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    role: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.role'
    >;
    tokenVersion: Schema.Attribute.Integer &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<0>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    username: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ContentTypeSchemas {
      'admin::api-token': AdminApiToken;
      'admin::api-token-permission': AdminApiTokenPermission;
      'admin::permission': AdminPermission;
      'admin::role': AdminRole;
      'admin::session': AdminSession;
      'admin::transfer-token': AdminTransferToken;
      'admin::transfer-token-permission': AdminTransferTokenPermission;
      'admin::user': AdminUser;
      'api::accountability-case.accountability-case': ApiAccountabilityCaseAccountabilityCase;
      'api::adjustment-task.adjustment-task': ApiAdjustmentTaskAdjustmentTask;
      'api::agency.agency': ApiAgencyAgency;
      'api::annual-report.annual-report': ApiAnnualReportAnnualReport;
      'api::assessment-plan.assessment-plan': ApiAssessmentPlanAssessmentPlan;
      'api::assessment.assessment': ApiAssessmentAssessment;
      'api::audit-log.audit-log': ApiAuditLogAuditLog;
      'api::case-interpretation.case-interpretation': ApiCaseInterpretationCaseInterpretation;
      'api::catalogue-item.catalogue-item': ApiCatalogueItemCatalogueItem;
      'api::clarification.clarification': ApiClarificationClarification;
      'api::commendation.commendation': ApiCommendationCommendation;
      'api::department.department': ApiDepartmentDepartment;
      'api::enforcement-record.enforcement-record': ApiEnforcementRecordEnforcementRecord;
      'api::government.government': ApiGovernmentGovernment;
      'api::guidance-measure.guidance-measure': ApiGuidanceMeasureGuidanceMeasure;
      'api::interference-record.interference-record': ApiInterferenceRecordInterferenceRecord;
      'api::legal-basis.legal-basis': ApiLegalBasisLegalBasis;
      'api::legal-education-list.legal-education-list': ApiLegalEducationListLegalEducationList;
      'api::major-penalty-filing.major-penalty-filing': ApiMajorPenaltyFilingMajorPenaltyFiling;
      'api::officer.officer': ApiOfficerOfficer;
      'api::post.post': ApiPostPost;
      'api::power-adjustment.power-adjustment': ApiPowerAdjustmentPowerAdjustment;
      'api::power.power': ApiPowerPower;
      'api::public-rating.public-rating': ApiPublicRatingPublicRating;
      'api::published-item.published-item': ApiPublishedItemPublishedItem;
      'api::responsibility-list.responsibility-list': ApiResponsibilityListResponsibilityList;
      'api::training-record.training-record': ApiTrainingRecordTrainingRecord;
      'plugin::content-releases.release': PluginContentReleasesRelease;
      'plugin::content-releases.release-action': PluginContentReleasesReleaseAction;
      'plugin::i18n.locale': PluginI18NLocale;
      'plugin::review-workflows.workflow': PluginReviewWorkflowsWorkflow;
      'plugin::review-workflows.workflow-stage': PluginReviewWorkflowsWorkflowStage;
      'plugin::upload.file': PluginUploadFile;
      'plugin::upload.folder': PluginUploadFolder;
      'plugin::users-permissions.permission': PluginUsersPermissionsPermission;
      'plugin::users-permissions.role': PluginUsersPermissionsRole;
      'plugin::users-permissions.user': PluginUsersPermissionsUser;
    }
  }
}
