// How each kind of record is repaired before it is given up on: bad optional fields and bad
// list items are stripped with a warning; a record only goes when what it needs is bad.
import { combineRepairs, stripBadListItems, stripBadOptionalFields } from './decode-records';
import { Affiliation, Event, Kind, Organization, Person, Source } from './schema';

export const repairKind = stripBadOptionalFields('kind', Kind, {
  color: 'the default colour is used',
});

export const repairOrganization = stripBadOptionalFields('organization', Organization);

export const repairPerson = combineRepairs(
  stripBadListItems('person', 'affiliations', Affiliation, 'invalid-record'),
  stripBadOptionalFields('person', Person),
);

export const repairEvent = combineRepairs(
  stripBadListItems('event', 'sources', Source, 'invalid-source'),
  stripBadOptionalFields('event', Event, { endDate: 'shown as a single date' }),
);
