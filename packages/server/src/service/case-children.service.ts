import { CrudService } from '../common/crud/crud-service';
import { forbidden } from '../common/errors';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { CaseComment } from './case-comment.entity';
import { CaseHistory } from './case-history.entity';

export const caseCommentList = defineList(() => CaseComment, {
  name: 'CaseComment',
  fields: { id: 'id', caseId: 'id', isPublished: 'boolean', isResolution: 'boolean', createdById: 'id', createdDate: 'datetime' },
  defaultOrder: [['createdDate', SortDirection.ASC]],
});

export const caseHistoryList = defineList(() => CaseHistory, {
  name: 'CaseHistory',
  fields: { id: 'id', caseId: 'id', field: 'string', createdById: 'id', createdDate: 'datetime' },
  defaultOrder: [['createdDate', SortDirection.DESC]],
});

/** Read under a case only (Case.comments): the case's visibility applies. Written by case actions. */
class CaseCommentService extends CrudService<CaseComment> {
  readonly entity = CaseComment;
  readonly list = caseCommentList;
  readonly access = 'org' as const;
  protected assertWriteRole(): void {
    throw forbidden('Use addCaseComment or closeCase');
  }
}

/** Read under a case only (Case.history); written by the case's writes themselves. */
class CaseHistoryService extends CrudService<CaseHistory> {
  readonly entity = CaseHistory;
  readonly list = caseHistoryList;
  readonly access = 'org' as const;
  protected assertWriteRole(): void {
    throw forbidden('Case history is written by the changes themselves');
  }
}

export const caseCommentService = new CaseCommentService();
export const caseHistoryService = new CaseHistoryService();
