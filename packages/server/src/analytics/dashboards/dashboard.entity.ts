import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { text } from '../../common/column-types';
import { TenantEntity } from '../../common/tenant.entity';
import { ChartType } from '../common/chart-type';

/** Whose record access a dashboard's components run with (Salesforce "View dashboard as"). */
export enum DashboardType {
  LOGGED_IN_USER = 'LOGGED_IN_USER',
  SPECIFIED_USER = 'SPECIFIED_USER',
  MY_TEAM_USER = 'MY_TEAM_USER',
}
registerEnumType(DashboardType, {
  name: 'DashboardType',
  description: 'Whose access the components run with.',
  valuesConfig: {
    LOGGED_IN_USER: { description: 'The viewer: everyone sees their own numbers.' },
    SPECIFIED_USER: { description: 'The runningUser, for every viewer (send header x-crm-dashboard with each widget request).' },
    MY_TEAM_USER: { description: 'The viewer, or (header x-crm-view-as) someone of the viewer\'s team: a manager views as a subordinate.' },
  },
});

@ObjectType({ description: 'One choice of a dashboard filter.' })
export class DashboardFilterOption {
  @Field() value: string;
  @Field() label: string;
}

@ObjectType({ description: 'A filter over every component: period (a date literal), team (a manager: them and everyone under them) or territory (with child territories).' })
export class DashboardFilter {
  @Field({ description: 'period, team or territory.' }) name: string;
  @Field() label: string;
  @Field(() => String, { nullable: true, description: 'The value applied when the viewer chose none.' }) defaultValue: string | null;
  @Field(() => [DashboardFilterOption]) options: DashboardFilterOption[];
}

@ObjectType({ description: 'A dashboard: components in a grid, filters applied to all of them, and whose access they run with.' })
@Entity('dashboard')
@Index('IDX_dashboard_developer_name', ['orgId', 'developerName'], { unique: true })
export class Dashboard extends TenantEntity {
  @Field() @Column(text(80, false)) title: string;
  @Field({ description: 'Unique API name in the organisation, e.g. State_of_the_Union.' }) @Column(text(80, false)) developerName: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => String, { nullable: true, description: 'Folder name the dashboard is listed under.' }) @Column(text(80)) folder: string | null;
  @Field({ description: 'Everyone in the organisation may view it; otherwise its owner (and administrators).' }) @Column({ default: false }) isPublic: boolean;
  @Field(() => DashboardType) @Column({ type: 'varchar', length: 20, default: DashboardType.LOGGED_IN_USER }) dashboardType: DashboardType;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) runningUserId: string | null;
  @Field(() => [DashboardFilter]) @Column({ type: 'jsonb', default: () => `'[]'` }) filters: DashboardFilter[];
  @Field(() => ID) @Index() @Column('uuid') ownerId: string;
  @Field(() => Int) @VersionColumn({ default: 1 }) version: number;
}

@ObjectType({ description: 'Where a component sits in the dashboard grid (12 columns).' })
export class DashboardComponentPosition {
  @Field(() => Int) row: number;
  @Field(() => Int) col: number;
  @Field(() => Int, { description: '1-12 grid columns.' }) width: number;
}

@ObjectType({ description: 'A widget: a KPI or a report drawn as a chart, fetched by its own GraphQL document (a persisted query).' })
@Entity('dashboard_component')
@Index(['dashboardId', 'row', 'col'])
export class DashboardComponent extends TenantEntity {
  @Field(() => ID) @Column('uuid') dashboardId: string;
  @ManyToOne(() => Dashboard, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'dashboardId' }) dashboard?: Dashboard;
  @Field() @Column(text(80, false)) title: string;
  @Field(() => ChartType) @Column({ type: 'varchar', length: 20 }) visualization: ChartType;
  @Column('int') row: number;
  @Column('int') col: number;
  @Column('int') width: number;
  @Field(() => DashboardComponentPosition)
  get position(): DashboardComponentPosition {
    return { row: this.row, col: this.col, width: this.width };
  }

  @Field(() => ID, { nullable: true, description: 'Source: the saved report the component shows (documents read savedReportResult).' }) @Column({ type: 'uuid', nullable: true }) reportId: string | null;
  @Field(() => String, { nullable: true, description: 'Source: the KPI the component shows, e.g. salesKpis.winRate.' }) @Column(text(80)) kpi: string | null;
  @Field({ description: 'The GraphQL document the widget runs; it selects only what the widget shows. Variables: $filter: KpiFilter or $filters: [ReportFilterInput!].' })
  @Column('text')
  document: string;

  @Field({ description: 'SHA-256 (hex) of document: what the widget sends as extensions.persistedQuery.sha256Hash.' }) @Column({ type: 'char', length: 64 }) documentHash: string;
  @Field(() => [String], { description: 'Objects whose changes refresh the component (Subscription.recordsChanged).' }) @Column({ type: 'text', array: true, default: () => `'{}'` }) objects: string[];
  @Field(() => String, { nullable: true, description: 'JSON: value and label paths, gauge ranges and target, periodField for report components.' }) @Column({ type: 'text', nullable: true }) settings: string | null;
}
