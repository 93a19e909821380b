import type { Schema, Struct } from '@strapi/strapi';

export interface AssessmentScore extends Struct.ComponentSchema {
  collectionName: 'components_assessment_score';
  info: {
    displayName: '\u8003\u6838\u9879\u76EE\u5F97\u5206';
  };
  attributes: {
    autoScore: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      >;
    basis: Schema.Attribute.JSON;
    evidence: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    finding: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    item: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 9;
          min: 1;
        },
        number
      >;
    overrideReason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    score: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      >;
  };
}

export interface EducationItem extends Struct.ComponentSchema {
  collectionName: 'components_education_item';
  info: {
    description: '\u666E\u6CD5\u8D23\u4EFB\u6E05\u5355\u7684\u4E00\u9879\uFF1A\u666E\u6CD5\u5185\u5BB9\u3001\u5BF9\u8C61\u3001\u65B9\u5F0F\u548C\u65F6\u95F4\u5B89\u6392\uFF08\u7B2C\u5341\u516B\u6761\uFF09';
    displayName: '\u666E\u6CD5\u4E8B\u9879';
  };
  attributes: {
    content: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    means: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    period: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    targets: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface LegalArticle extends Struct.ComponentSchema {
  collectionName: 'components_legal_article';
  info: {
    displayName: '\u6761\u6B3E';
  };
  attributes: {
    number: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    text: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10000;
      }>;
  };
}

export interface PowerAccountability extends Struct.ComponentSchema {
  collectionName: 'components_power_accountability';
  info: {
    displayName: '\u8FFD\u8D23\u60C5\u5F62';
  };
  attributes: {
    basis: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    situation: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
  };
}

export interface PowerBasisCitation extends Struct.ComponentSchema {
  collectionName: 'components_power_basis_citation';
  info: {
    displayName: '\u4F9D\u636E\u5F15\u7528';
  };
  attributes: {
    articles: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    excerpt: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    kind: Schema.Attribute.Enumeration<
      ['setting', 'implementing', 'supervising']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'setting'>;
    legalBasis: Schema.Attribute.Relation<
      'oneToOne',
      'api::legal-basis.legal-basis'
    >;
  };
}

export interface PowerDecomposition extends Struct.ComponentSchema {
  collectionName: 'components_power_decomposition';
  info: {
    displayName: '\u804C\u6743\u5206\u89E3';
  };
  attributes: {
    agency: Schema.Attribute.Relation<'oneToOne', 'api::agency.agency'>;
    post: Schema.Attribute.Relation<'oneToOne', 'api::post.post'>;
    role: Schema.Attribute.Enumeration<
      ['handle', 'review', 'approve', 'legal-review']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'handle'>;
  };
}

export interface PowerDiscretionStandard extends Struct.ComponentSchema {
  collectionName: 'components_power_discretion_standard';
  info: {
    displayName: '\u88C1\u91CF\u57FA\u51C6';
  };
  attributes: {
    circumstance: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    level: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 1;
        },
        number
      >;
    levelName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    max: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 99999999;
          min: 0;
        },
        number
      >;
    min: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 99999999;
          min: 0;
        },
        number
      >;
    penaltyKind: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
  };
}

export interface PowerResponsibilityStep extends Struct.ComponentSchema {
  collectionName: 'components_power_responsibility_step';
  info: {
    displayName: '\u8D23\u4EFB\u4E8B\u9879';
  };
  attributes: {
    basis: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    content: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    step: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
  };
}

export interface PowerRiskPoint extends Struct.ComponentSchema {
  collectionName: 'components_power_risk_point';
  info: {
    displayName: '\u5EC9\u653F\u98CE\u9669\u70B9';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    level: Schema.Attribute.Enumeration<['high', 'medium', 'low']> &
      Schema.Attribute.Required;
    measure: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    step: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'assessment.score': AssessmentScore;
      'education.item': EducationItem;
      'legal.article': LegalArticle;
      'power.accountability': PowerAccountability;
      'power.basis-citation': PowerBasisCitation;
      'power.decomposition': PowerDecomposition;
      'power.discretion-standard': PowerDiscretionStandard;
      'power.responsibility-step': PowerResponsibilityStep;
      'power.risk-point': PowerRiskPoint;
    }
  }
}
