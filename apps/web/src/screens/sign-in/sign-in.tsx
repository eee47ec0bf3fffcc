/** Sign-in: the demo callers locally, the city's identity provider in production. */
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { config } from '../../api/config';
import { useSession } from '../../auth/session';

interface DemoCaller {
  grant: string;
  name: string;
  group: string;
}

/** The groups in the order a city office reads them. */
const GROUPS = ['市级', '县（市）区、开发区', '市直部门'];

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
    <main style={{ maxWidth: 760, margin: '48px auto', padding: 16 }}>
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
        <>
          <Typography.Paragraph>本地演示：选择一个身份登录（每个县（市）区、开发区，每个市直部门，以及市级单位）。</Typography.Paragraph>
          {GROUPS.map((group) => (
            <Card key={group} title={group} size="small" style={{ marginBottom: 12 }}>
              <Flex wrap gap={8}>
                {callers
                  .filter((c) => c.group === group)
                  .map((c) => (
                    <Button
                      key={c.grant}
                      type={group === '市级' ? 'primary' : 'default'}
                      aria-label={`以${c.name}登录`}
                      onClick={() => signInAs(c.grant).catch(() => setError('登录失败，请重试。'))}
                    >
                      {c.name}
                    </Button>
                  ))}
              </Flex>
            </Card>
          ))}
        </>
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
