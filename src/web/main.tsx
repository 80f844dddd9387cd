import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles/app.css';
import './styles/forms.css';
import './styles/content.css';
import './styles/profiles.css';
import './styles/mentors.css';
import './styles/matching.css';
import './styles/surveys.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
