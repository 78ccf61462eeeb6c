import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '../common/scalars';

@ObjectType({ description: 'A tenant: every record belongs to exactly one organisation.' })
@Entity('organization')
@Check('CHK_organization_fiscal_year_start_month', '"fiscalYearStartMonth" BETWEEN 1 AND 12')
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ length: 120 })
  name: string;

  @Field({ description: 'ISO 4217 code of the currency amounts are kept in.' })
  @Column({ length: 3, default: 'USD' })
  defaultCurrencyIsoCode: string;

  @Field(() => Int, { description: 'Deepest campaign or territory hierarchy allowed (levels, root included).' })
  @Column({ type: 'int', default: 10 })
  maxHierarchyDepth: number;

  @Field(() => Float, { description: 'Opportunity discounts above this percent need the owner\'s manager\'s approval (submitDiscountRequest).' })
  @Column({ type: 'numeric', precision: 5, scale: 2, default: 10 })
  discountApprovalThreshold: number;

  @Field(() => Int, {
    description: 'Fiscal Year Start Month (Salesforce FiscalYearSettings), 1-12; 1 = the calendar year. Every relative date literal '
      + '(THIS_FISCAL_QUARTER, LAST_FISCAL_YEAR ...) in KPIs, reports, dashboards and forecasts resolves with it; set by setFiscalYearStartMonth.',
  })
  @Column({ type: 'smallint', default: 1 })
  fiscalYearStartMonth: number;

  /** Where order notifications go; null: service@<org name slug>.example (see orders/order-email.ts). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  customerServiceEmail: string | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ type: 'timestamptz' })
  createdDate: Date;
}
