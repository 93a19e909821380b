// The OpenAPI entry of GET /api/public/certificates/{number} (Art. 19), merged into openapi.ts.
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

export function certificateSchemas(): Record<string, Schema> {
  return {
    PublicCertificate: {
      type: 'object',
      description: '执法证件核验结果：只含是否有效、持证人姓名、所属部门和执法类别，不含身份证号、电话等个人信息（第二十一条）',
      required: ['certificateNumber', 'valid', 'status', 'holderName', 'department', 'enforcementCategories'],
      properties: {
        certificateNumber: { type: 'string', description: '执法证号' },
        valid: { type: 'boolean', description: '今天是否有效（状态有效且未过有效期）' },
        status: { type: 'string', enum: ['valid', 'suspended', 'revoked', 'expired', 'none'], description: 'valid 有效、suspended 暂扣、revoked 吊销或注销、expired 过期、none 未发证' },
        holderName: { type: 'string', description: '持证人姓名' },
        department: { type: ['string', 'null'], description: '所属行政执法部门' },
        enforcementCategories: { type: 'array', items: { type: 'string' }, description: '执法类别' },
      },
    },
  };
}

export function certificatePaths(json: (schema: Schema, description: string) => Json, errorResponse: (description: string) => Json, notModified: Json, ifNoneMatch: Json): Record<string, Json> {
  return {
    '/certificates/{number}': {
      get: {
        operationId: 'verifyCertificate',
        summary: '核验行政执法证件（第十九条）',
        description: '按证号查询证件是否有效及持证人姓名、部门、执法类别。每个地址每分钟限查 30 次（PUBLIC_LOOKUPS_PER_MINUTE），超出返回 429 与 Retry-After。',
        parameters: [{ name: 'number', in: 'path', required: true, description: '执法证号', schema: { type: 'string', pattern: '^[A-Za-z0-9-]{4,40}$' } }, ifNoneMatch],
        responses: {
          '200': json({ type: 'object', required: ['data'], properties: { data: { $ref: '#/components/schemas/PublicCertificate' } } }, '证件核验结果'),
          '304': notModified,
          '400': errorResponse('INVALID_CERTIFICATE_NUMBER'),
          '404': errorResponse('CERTIFICATE_NOT_FOUND'),
          '429': errorResponse('TOO_MANY_REQUESTS：查询过于频繁'),
        },
      },
    },
  };
}
