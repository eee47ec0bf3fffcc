/** Sign-in: the demo callers locally, the city's identity provider in production. */
import { Alert, Button, Card, List, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { config } from '../../api/config';
import { useSession } from '../../auth/session';

interface DemoCaller {
  grant: string;
  name: string;
}

export function SignIn() {
  const { signInAs, signInWithProvider } = useSession();
  const [callers, setCallers] = useState<DemoCaller[]>([]);
  const [error, setError] = useState<string>();
  const mode = config().auth.mode;

  useEffect(() => {
    if (mode !== 'dev') return;
    fetch('/dev/callers')
      .then((r) => r.json() as Promise<DemoCaller[]>)
      .then(setCallers, () => setError('无法读取演示账号，请确认 npm start 正在运行。'));
  }, [mode]);

  return (
    <main style={{ maxWidth: 560, margin: '64px auto', padding: 16 }}>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        长春市项目建设管理平台
      </Typography.Title>
      <Typography.Paragraph type="secondary">项目储备、审批、问题解决与考核，全市重大项目建设一张图。</Typography.Paragraph>
      {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} />}
      {mode === 'oidc' ? (
        <Button type="primary" size="large" onClick={() => void signInWithProvider()}>
          使用统一身份认证登录
        </Button>
      ) : (
        <Card title="本地演示：选择身份登录" size="small">
          <List
            dataSource={callers}
            renderItem={(c) => (
              <List.Item
                actions={[
                  <Button key="in" type="primary" onClick={() => signInAs(c.grant).catch(() => setError('登录失败，请重试。'))}>
                    以{c.name}登录
                  </Button>,
                ]}
              >
                <List.Item.Meta title={c.name} description={c.grant} />
              </List.Item>
            )}
          />
        </Card>
      )}
    </main>
  );
}

/** Back from the identity provider: finish the sign-in, then home. */
export function ProviderCallback() {
  const { completeProviderSignIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  useEffect(() => {
    completeProviderSignIn().then(
      () => navigate('/', { replace: true }),
      () => setError('统一身份认证登录未完成，请重新登录。'),
    );
  }, [completeProviderSignIn, navigate]);
  return error ? <Alert type="error" title={error} showIcon /> : <p>正在登录…</p>;
}
