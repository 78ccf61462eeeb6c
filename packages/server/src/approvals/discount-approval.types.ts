import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { DiscountApprovalRequest } from './discount-approval-request.entity';

export const discountRequestList = defineList(() => DiscountApprovalRequest, {
  name: 'DiscountApprovalRequest',
  fields: {
    id: 'id', opportunityId: 'id', status: 'string', requestedDiscountPercent: 'number', listAmount: 'number', discountedAmount: 'number',
    isAutoApproved: 'boolean', submittedById: 'id', approverId: 'id', decidedById: 'id', decidedDate: 'datetime',
    createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  // Newest first: the history of decisions.
  defaultOrder: [['createdDate', SortDirection.DESC]],
});
