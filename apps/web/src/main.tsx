import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { loadConfig } from './api/config';
import { AppRoutes } from './app';
import { SessionProvider } from './auth/session';

dayjs.locale('zh-cn');

const root = createRoot(document.getElementById('root') as HTMLElement);

loadConfig().then(
  () =>
    root.render(
      <StrictMode>
        <ConfigProvider
          locale={zhCN}
          // "申报" stays "申报" (not "申 报"): what people read and what a screen reader says.
          button={{ autoInsertSpace: false }}
          theme={{
            // Secondary and placeholder text dark enough for WCAG AA contrast (4.5:1) on white.
            token: {
              colorPrimary: '#b5121b',
              colorLink: '#0b57d0',
              borderRadius: 4,
              colorTextSecondary: '#595959',
              colorTextTertiary: '#595959',
              colorTextDescription: '#595959',
              colorTextPlaceholder: '#6b6b6b',
              // A field's error message too (antd's #ff4d4f is 3.3:1 on white).
              colorError: '#c41d1d',
            },
          }}
        >
          <AntApp>
            <SessionProvider>
              <BrowserRouter>
                <AppRoutes />
              </BrowserRouter>
            </SessionProvider>
          </AntApp>
        </ConfigProvider>
      </StrictMode>,
    ),
  () => root.render(<p role="alert">无法读取平台配置（/config.json），请联系平台管理员。</p>),
);
