import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import type { MentorCard as Card } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { useNow } from '../../lib/use-now';
import { useProgramTopics } from '../profiles/profiles-api';
import { useProgram } from '../programs/programs-api';
import { cardHeadingId, MentorCard } from './mentor-card';
import { isFiltered, mentorFiltersFrom, withMentorFilters, type MentorFilters } from './mentor-filters';
import { MentorSearchForm } from './mentor-search-form';
import { useMarkMentor, useMentorSearch, useSuggestions, type Mark } from './mentors-api';
import { RequestDialog } from './request-dialog';

type TabKey = 'suggested' | 'search';

/** For mentees: ranked suggestions with reasons and the week band, and a search over every mentor. */
export function MentorsPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { programId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = params.get('tab') === 'search' ? 'search' : 'suggested';
  const filters = mentorFiltersFrom(params);
  const program = useProgram(programId);
  const topics = useProgramTopics(programId);
  const suggestions = useSuggestions(programId);
  const search = useMentorSearch(programId, filters, tab === 'search');
  const mark = useMarkMentor(programId);
  const now = useNow();
  const [requesting, setRequesting] = useState<Card | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const title = program.data
    ? intl.formatMessage({ id: 'mentors.title' }, { program: program.data.name })
    : intl.formatMessage({ id: 'program.loadingTitle' });
  const requestsPath = `/programs/${programId}/requests`;

  function applyFilters(patch: Partial<MentorFilters>) {
    setParams((current) => withMentorFilters(current, patch), { replace: true });
  }

  function onMark(card: Card, next: Mark, list: readonly Card[], fallbackId: string) {
    setActionError(null);
    const at = list.findIndex((c) => c.mentorId === card.mentorId);
    mark.mutate(
      { mentorId: card.mentorId, mark: next },
      {
        onSuccess: () => {
          const id =
            next === 'bookmark' ? 'mentors.bookmarked' : next === 'hide' ? 'mentors.hidden' : card.hidden ? 'mentors.shown' : 'mentors.unbookmarked';
          setMessage(intl.formatMessage({ id }, { name: card.name }));
          // A hidden mentor leaves the suggestions: go on to the next card (or the count).
          if (next === 'hide' && tab === 'suggested') {
            const neighbour = list[at + 1] ?? list[at - 1];
            focusAfterRender(neighbour ? cardHeadingId(neighbour) : fallbackId);
          }
        },
        onError: (error) => setActionError(describeError(intl, error)),
      },
    );
  }

  const cards = (list: readonly Card[], fallbackId: string) => (
    <ol className="mentor-list">
      {list.map((card) => (
        <li key={card.mentorId}>
          <MentorCard
            card={card}
            now={now}
            busy={mark.isPending}
            onRequest={setRequesting}
            onOpenRequests={() => void navigate(requestsPath)}
            onMark={(c, next) => onMark(c, next, list, fallbackId)}
          />
        </li>
      ))}
    </ol>
  );

  const searchData = search.data;
  const isMentee = program.data?.myRoles.includes('mentee') ?? true;

  return (
    <Page title={title} lede={<FormattedMessage id="mentors.lede" />}>
      <p className="link-line">
        <Link to={`/programs/${programId}`}>
          <FormattedMessage id="program.back" />
        </Link>
      </p>
      {!isMentee ? (
        <p className="notice notice--info">
          <FormattedMessage id="mentors.onlyMentees" />
        </p>
      ) : (
        <>
          <div role="alert">{actionError ? <p className="notice notice--error">{actionError}</p> : null}</div>
          <StatusMessage>{message}</StatusMessage>
          <Tabs
            selectedKey={tab}
            onSelectionChange={(key) =>
              setParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  if (key === 'search') next.set('tab', 'search');
                  else next.delete('tab');
                  return next;
                },
                { replace: true },
              )
            }
            className="tabs"
          >
            <TabList aria-label={intl.formatMessage({ id: 'mentors.tabsLabel' })} className="tabs__list">
              <Tab id="suggested" className="tabs__tab">
                <FormattedMessage id="mentors.tabSuggested" />
              </Tab>
              <Tab id="search" className="tabs__tab">
                <FormattedMessage id="mentors.tabSearch" />
              </Tab>
            </TabList>
            <TabPanel id="suggested" className="tabs__panel">
              <p id="suggestions-count" role="status" className="results-count" tabIndex={-1}>
                {suggestions.data ? (
                  <FormattedMessage id="mentors.suggestionsCount" values={{ count: suggestions.data.length }} />
                ) : null}
              </p>
              {suggestions.isPending ? <Loading /> : null}
              {suggestions.isError ? <LoadError error={suggestions.error} /> : null}
              {suggestions.data?.length === 0 ? (
                <div className="empty">
                  <p>
                    <FormattedMessage
                      id="mentors.noSuggestions"
                      values={{ link: (chunks) => <Link to={`/programs/${programId}/profile`}>{chunks}</Link> }}
                    />
                  </p>
                </div>
              ) : null}
              {suggestions.data?.length ? cards(suggestions.data, 'suggestions-count') : null}
            </TabPanel>
            <TabPanel id="search" className="tabs__panel">
              <MentorSearchForm filters={filters} topics={(topics.data ?? []).map((t) => t.label)} onChange={applyFilters} />
              <p id="search-count" role="status" className="results-count" tabIndex={-1}>
                {searchData ? (
                  searchData.mentors.length === 0 ? (
                    <FormattedMessage id="mentors.searchNone" />
                  ) : (
                    <FormattedMessage
                      id={isFiltered(searchData.filters) ? 'mentors.searchCountFiltered' : 'mentors.searchCount'}
                      values={{ shown: searchData.mentors.length, total: searchData.total }}
                    />
                  )
                ) : null}
              </p>
              {search.isPending ? <Loading /> : null}
              {search.isError ? <LoadError error={search.error} /> : null}
              {searchData?.mentors.length ? (
                <div className={search.isPlaceholderData ? 'stale' : undefined}>{cards(searchData.mentors, 'search-count')}</div>
              ) : null}
            </TabPanel>
          </Tabs>
          <RequestDialog
            programId={programId}
            mentor={requesting}
            onClose={() => setRequesting(null)}
            onSent={(mentor) => {
              setRequesting(null);
              setMessage(intl.formatMessage({ id: 'request.sent' }, { name: mentor.name }));
            }}
          />
        </>
      )}
    </Page>
  );
}
