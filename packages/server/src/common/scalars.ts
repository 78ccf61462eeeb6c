import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

/** A calendar date without time zone, "YYYY-MM-DD" both ways (as Salesforce's date fields). */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date without a time zone, as "YYYY-MM-DD".',
});

export { DateTimeISOResolver as DateTimeScalar, JSONResolver as JSONScalar };
