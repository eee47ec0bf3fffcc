/** Routes and the frame around every screen: one folder per screen under screens/. */
import { lazy, Suspense } from 'react';
import { Badge, Button, Dropdown, Grid, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { homeOf, mayOpen, SCREENS, screensOf } from './auth/screens';
import { useSession } from './auth/session';
import { TodoProvider, useTodo } from './ui/todo';
import { ProviderCallback, SignIn } from './screens/sign-in/sign-in';

// Each screen is its own chunk, loaded on first visit: an officer's workbench does not download the cockpit's charts.
const Cockpit = lazy(() => import('./screens/cockpit/cockpit').then((m) => ({ default: m.Cockpit })));
const ProjectHistory = lazy(() => import('./screens/project/project-history').then((m) => ({ default: m.ProjectHistory })));
const Workbench = lazy(() => import('./screens/workbench/workbench').then((m) => ({ default: m.Workbench })));
const ApprovalInbox = lazy(() => import('./screens/approval/approval-inbox').then((m) => ({ default: m.ApprovalInbox })));
const ApprovalCase = lazy(() => import('./screens/approval/approval-case').then((m) => ({ default: m.ApprovalCase })));
const ApprovalOffice = lazy(() => import('./screens/approval/approval-office').then((m) => ({ default: m.ApprovalOffice })));
const InvestmentEntry = lazy(() => import('./screens/workbench/investment-entry').then((m) => ({ default: m.InvestmentEntry })));
const Wall = lazy(() => import('./screens/wall/wall').then((m) => ({ default: m.Wall })));
const TodoPage = lazy(() => import('./screens/todo/todo').then((m) => ({ default: m.TodoPage })));
const IssueList = lazy(() => import('./screens/issues/issue-list').then((m) => ({ default: m.IssueList })));
const IssuePage = lazy(() => import('./screens/issues/issue-page').then((m) => ({ default: m.IssuePage })));
const CycleBoardScreen = lazy(() => import('./screens/issues/cycle-board').then((m) => ({ default: m.CycleBoardScreen })));
const MeetingList = lazy(() => import('./screens/issues/meetings').then((m) => ({ default: m.MeetingList })));
const MeetingPage = lazy(() => import('./screens/issues/meetings').then((m) => ({ default: m.MeetingPage })));
const SupervisionScreen = lazy(() => import('./screens/issues/supervision').then((m) => ({ default: m.SupervisionScreen })));
const SupervisionReportPage = lazy(() => import('./screens/issues/supervision-report').then((m) => ({ default: m.SupervisionReportPage })));
const LeadBoard = lazy(() => import('./screens/promotion/lead-board').then((m) => ({ default: m.LeadBoard })));
const LeadPage = lazy(() => import('./screens/promotion/lead-page').then((m) => ({ default: m.LeadPage })));
const ActivityList = lazy(() => import('./screens/promotion/activities').then((m) => ({ default: m.ActivityList })));
const ConflictList = lazy(() => import('./screens/promotion/conflicts').then((m) => ({ default: m.ConflictList })));
const BulletinPage = lazy(() => import('./screens/promotion/bulletin').then((m) => ({ default: m.BulletinPage })));
const StatisticsFigures = lazy(() => import('./screens/statistics/statistics-figures').then((m) => ({ default: m.StatisticsFigures })));

function Frame({ children }: { children: React.ReactNode }) {
  const { session, signOut } = useSession();
  const location = useLocation();
  const todo = useTodo();
  const items = screensOf(session).map((screen) => ({
    key: SCREENS[screen].path,
    label: (
      <Link to={SCREENS[screen].path}>
        {SCREENS[screen].label}
        {screen === 'todo' && (
          // The count follows every change the projection announces: it drops as soon as something is done.
          <Badge count={todo.entries.length} overflowCount={999} showZero size="small" offset={[6, -2]} data-testid="todo-count" />
        )}
      </Link>
    ),
  }));
  const selected = items
    .map((i) => i.key)
    .filter((k) => location.pathname.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  // On a phone (below 576 px) the header keeps the menu (it folds into …) and the sign-out, with a short title.
  const phone = !Grid.useBreakpoint().sm;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: phone ? 8 : 24, background: '#8c0e15', padding: phone ? '0 8px' : '0 48px' }}
      >
        <Typography.Title level={1} style={{ color: '#fff', margin: 0, fontSize: phone ? 16 : 20, whiteSpace: 'nowrap' }}>
          {phone ? '项目建设' : '长春市项目建设管理平台'}
        </Typography.Title>
        {phone ? (
          // A horizontal menu folds its overflow into hidden yet focusable items: on a phone, one menu button instead.
          <span style={{ flex: 1 }}>
            <Dropdown menu={{ items, selectedKeys: selected ? [selected] : [] }} trigger={['click']}>
              <Button size="small">菜单</Button>
            </Dropdown>
          </span>
        ) : (
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={selected ? [selected] : []}
            items={items}
            style={{ flex: 1, minWidth: 0, background: 'transparent' }}
          />
        )}
        <Space>
          {!phone && <span style={{ color: '#fff' }}>{session?.name}</span>}
          <Button size="small" onClick={signOut}>
            退出登录
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: phone ? 8 : 24 }}>
        <main>
          <Suspense
            fallback={
              <div role="status" style={{ textAlign: 'center', margin: '120px auto' }}>
                <Spin size="large" /> 正在加载…
              </div>
            }
          >
            {children}
          </Suspense>
        </main>
      </Layout.Content>
    </Layout>
  );
}

export function AppRoutes() {
  const { session } = useSession();
  if (!session) {
    return (
      <Routes>
        <Route path="/signin-callback" element={<ProviderCallback />} />
        <Route path="*" element={<SignIn />} />
      </Routes>
    );
  }
  const home = homeOf(session);
  // A screen the caller may not use is not routed: its address leads home.
  const only = (screen: Parameters<typeof mayOpen>[1], element: React.ReactNode) =>
    mayOpen(session, screen) ? element : <Navigate to={home} replace />;
  const framed = (
    <Frame>
      <Routes>
        <Route path="/todo" element={only('todo', <TodoPage />)} />
        <Route path="/cockpit" element={only('cockpit', <Cockpit />)} />
        <Route path="/projects/:id" element={<ProjectHistory />} />
        <Route path="/workbench" element={only('workbench', <Workbench />)} />
        <Route path="/workbench/investments" element={only('investments', <InvestmentEntry />)} />
        <Route path="/approvals" element={only('approvals', <ApprovalInbox />)} />
        <Route path="/approvals/office" element={only('approvalOffice', <ApprovalOffice />)} />
        <Route path="/approvals/:id" element={<ApprovalCase />} />
        <Route path="/issues" element={only('issues', <IssueList />)} />
        <Route path="/issues/cycle" element={only('issues', <CycleBoardScreen />)} />
        <Route path="/issues/:id" element={<IssuePage />} />
        <Route path="/meetings" element={only('issues', <MeetingList />)} />
        <Route path="/meetings/:id" element={<MeetingPage />} />
        <Route path="/supervision" element={only('issues', <SupervisionScreen />)} />
        <Route path="/promotion" element={only('promotion', <LeadBoard />)} />
        <Route path="/promotion/leads/:id" element={only('promotion', <LeadPage />)} />
        <Route path="/promotion/activities" element={only('promotion', <ActivityList />)} />
        <Route path="/promotion/conflicts" element={only('promotion', <ConflictList />)} />
        <Route path="/promotion/bulletin" element={only('promotion', <BulletinPage />)} />
        <Route path="/promotion/bulletin/:month" element={only('promotion', <BulletinPage />)} />
        <Route path="/statistics" element={only('statistics', <StatisticsFigures />)} />
        <Route path="*" element={<Navigate to={home} replace />} />
      </Routes>
    </Frame>
  );
  // The wall screen is the cockpit's audience's, full screen, without the frame; a printed report has no frame either.
  return (
    <TodoProvider>
      <Routes>
        <Route
          path="/wall"
          element={only(
            'cockpit',
            <Suspense fallback={null}>
              <Wall />
            </Suspense>,
          )}
        />
        <Route
          path="/reports/supervision/:period"
          element={only(
            'issues',
            <Suspense fallback={null}>
              <SupervisionReportPage />
            </Suspense>,
          )}
        />
        <Route path="*" element={framed} />
      </Routes>
    </TodoProvider>
  );
}
