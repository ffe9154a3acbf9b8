/** @module Entry of the web app bundle. */
import { startApp } from './app.js';

const container = document.getElementById('app');
if (container) startApp(container);
