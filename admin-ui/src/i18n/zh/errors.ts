// Server error codes (cms/src/console, cms/src/domain) explained for staff. A rule's code names the
// article of 《内蒙古自治区行政执法责任制规定》 it enforces, as the server's own message does; the
// server's message (more specific: which item, which field) is shown beside the field, this text
// heads the notification.
import type { StringMap } from 'ra-core';

export const errors: StringMap = {
  BASIS_REQUIRED: '缺少现行有效的法律依据（第四条、第九条）：每项职权须列明至少一项现行有效的法律法规及具体条款。',
  CATALOGUE_ONLY: '部门不得擅自增加或减少行政执法职权（第十一条）：新增、取消、下放、承接职权须经司法行政部门批准的职权调整办理。',
  DECOMPOSED: '行政执法职权尚未分解到具体执法机构和执法岗位（第十一条）。',
  RESPONSIBILITY_ASSIGNED: '行政执法责任尚未确定到执法岗位的持证行政执法人员（第十二条）。',
  LIST_COMPLETE: '权责清单事项要素不全，不能提交（第十三条）。',
  LIST_IMMUTABLE: '已公布的权责清单版本不得修改或删除；如需调整，请新建版本（第十三条）。',
  DISCRETION_RANGE: '裁量基准有误（第十五条）：各档幅度须在法定幅度以内，按从轻到重排列且互不重叠。',
  CERTIFIED_OFFICER: '该行政执法人员没有有效的行政执法证件，不得在执法岗位上执法（第十九条）。',
  ASSESSOR_SCOPE: '超出评议考核权限（第二十三条）：人民政府考核所属部门和下一级人民政府，部门考核所属执法机构和执法人员。',
  ASSESSMENT_COMPLETE: '评议考核须对第二十四条规定的九项内容全部评分，且得分不超过各项分值（第二十四条）。',
  INTERFERENCE_SEALED: '干预执法记录保存后即封存，任何人不得修改或删除（第三十条）。',
  SCOPE_FORBIDDEN: '该记录不在您的数据范围内。',
  ROLE_FORBIDDEN: '您的角色无权执行该操作。',
  FORBIDDEN: '您无权执行该操作。',
  NOT_FOUND: '记录不存在，或不在您的数据范围内。',
  STALE_VERSION: '该记录已被他人修改，请重新加载后再编辑。',
  VERSION_REQUIRED: '保存时缺少记录的版本信息，请重新加载后再保存。',
  INVALID_BODY: '提交的数据格式不正确。',
  UNKNOWN_FIELD: '提交了不存在的字段。',
  INVALID_FIELD: '字段的值不符合要求。',
  INVALID_FILTER: '筛选条件无效。',
  INVALID_SORT: '排序字段无效。',
  INVALID_RANGE: '分页范围无效（每页最多 1000 条）。',
  INVALID_QUERY: '查询参数无效。',
  RELATION_NOT_FOUND: '引用的记录不存在，或不在您的数据范围内。',
  UNKNOWN_RESOURCE: '没有这类数据，或您无权使用。',
  UNAUTHENTICATED: '尚未登录或登录已失效，请重新登录。',
  INVALID_TRANSITION: '当前状态下不能执行该操作。',
  AUDIT_READONLY: '审计日志由系统自动记录，不能新建、修改或删除。',
  VALIDATION: '数据校验未通过，请检查标出的字段。',
  NOT_PUBLISHABLE: '这类数据没有发布操作。',
  PAYLOAD_TOO_LARGE: '提交的内容过大。',
  UNSUPPORTED_MEDIA_TYPE: '提交的内容类型不受支持。',
  UNKNOWN: '服务器返回了无法识别的错误，请稍后重试。',
};
