/**
 * The desk: the inbox as one page with two panes, the list (case-list.ts) beside the open
 * conversation (case-view.ts), at /staff and /staff/c/:id. On a desk both show, each
 * scrolling on its own, the page never longer than the screen; on a phone one at a time (the
 * list, or the conversation with its back link). The header holds the other pages in one
 * menu (list-links.ts) and the keyboard's overlay; the page's two scripts (desk-script.ts,
 * desk-keys.ts) make everything act in place, and without them every link and form still
 * loads the page. Colours keep text at 4.5:1 or more.
 */
import { html, raw } from 'hono/html';
import { inlineScript, inlineStyle } from '../../core/inline-assets.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { listPane } from './case-list.ts';
import { type CaseView, casePane } from './case-view.ts';
import { DESK_KEYS, keysDialog } from './desk-keys.ts';
import { DESK_SCRIPT } from './desk-script.ts';
import { type ListView, markKey } from './list-model.ts';
import { layout } from './views.ts';

const DESK_STYLE = `
body.desk-page{height:100vh;height:100dvh;display:flex;flex-direction:column;overflow:hidden}
body.desk-page>header{flex:none;padding:.35rem 1rem}body.desk-page>main{flex:1;min-height:0;max-width:none;margin:0;padding:0}
.desk{height:100%;display:grid;grid-template-columns:minmax(18rem,27rem) minmax(0,1fr)}
.list-pane{overflow-y:auto;padding:.4rem .8rem;border-right:1px solid #d0d7de}
.case-pane{display:flex;flex-direction:column;min-height:0;min-width:0;background:#fff}
.case-head{flex:none;padding:.4rem 1rem;border-bottom:1px solid #d0d7de}.case-head p{margin:.15rem 0}.case-head .back{display:none}
h2.case-title{margin:.1rem 0;font-size:1.05rem}h2.case-title .folio{font-size:1.15rem;margin-right:.3rem}h2.case-title .topic{font-size:1rem}
.case-head p.ok{background:#dafbe1;border-left:4px solid #1a7f37;padding:.3rem .6rem;color:#116329}.case-head .urgent-now{background:#fff5f5;border-left:4px solid #cf222e;padding:.1rem .6rem;margin-top:.3rem}
.case-scroll{flex:1;min-height:0;overflow-y:auto;display:flex;flex-direction:column-reverse;padding:0 1rem;background:#f4f6f8}
.case-body{padding-bottom:.5rem}details.card{background:#fff;border-radius:.5rem;padding:.3rem .8rem;margin:.6rem 0}details.card summary,details.box-in summary,details.more summary{cursor:pointer;font-weight:600;color:#0a3069}
.transcript-title{margin:.6rem 0 .2rem;font-size:.95rem}
.composer{flex:none;border-top:1px solid #d0d7de;padding:.4rem 1rem .6rem;max-height:65%;overflow-y:auto}
.composer form{margin:0}.composer .boxes{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:.4rem .8rem;align-items:end}.composer .canned-row{margin:.1rem 0 .3rem}.composer .canned-row select{max-width:100%;width:100%}
#status-note{background:#fff4d6}#note-text{background:#eef1f4;border:1px dashed #57606a}.composer .write{display:flex;gap:.5rem;align-items:flex-end}.composer .write label{flex:1;min-width:0;font-size:.85rem}.composer textarea{min-height:3.2rem}
.actions{display:flex;flex-wrap:wrap;gap:.4rem .6rem;align-items:center;margin-top:.4rem}details.box-in[open]{flex-basis:100%;order:-1;border:1px solid #d0d7de;border-radius:.5rem;padding:.3rem .6rem}.actions .help{font-size:.85rem;color:#57606a}
.empty-pane{margin:auto;padding:2rem;color:#57606a;text-align:center}
nav.folders{display:flex;flex-wrap:wrap;gap:.3rem;margin:.3rem 0 .5rem}nav.folders a{padding:.2rem .55rem;border:1px solid #d0d7de;border-radius:.4rem;background:#fff;color:#0a3069;text-decoration:none}
nav.folders a[aria-current]{background:#1f2a44;border-color:#1f2a44;color:#fff;font-weight:700}nav.folders .n{font-weight:700}nav.folders .unread-n{font-weight:700}
li.case.current{outline:3px solid #0969da;outline-offset:-1px}li.case.unread .head a{font-weight:800}
.latest{margin:.1rem 0;font-size:.9rem;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}.latest.by-staff{color:#57606a}
.again{background:#fff1e5;color:#8a4600;border:1px solid #bc4c00;border-radius:.3rem;padding:0 .35rem;margin-right:.35rem;font-size:.75rem;font-weight:700}
.new-mark{background:#0550ae;color:#fff;border-radius:.3rem;padding:0 .35rem;margin-right:.35rem;font-size:.75rem;font-weight:700}
dialog{max-width:min(36rem,94vw);border:1px solid #8c959f;border-radius:.6rem;padding:1rem 1.2rem}dialog::backdrop{background:rgba(0,0,0,.4)}
dl.keys{grid-template-columns:max-content minmax(0,1fr);padding:0}kbd{font:inherit;font-family:ui-monospace,Menlo,Consolas,monospace;border:1px solid #8c959f;border-bottom-width:2px;border-radius:.25rem;padding:0 .35rem;background:#f4f6f8}
#problem{position:fixed;left:50%;bottom:1rem;transform:translateX(-50%);max-width:90vw;z-index:20;background:#a40e26;color:#fff;padding:.5rem 1rem;border-radius:.4rem;font-weight:700}
@media (max-width:48rem){.desk{grid-template-columns:minmax(0,1fr)}.desk.has-case .list-pane{display:none}.desk.no-case .case-pane{display:none}
.list-pane{border-right:0}.case-head .back{display:block}.composer .boxes{grid-template-columns:minmax(0,1fr)}.composer #note-text{min-height:2.4rem;height:2.6rem}#keys-open{display:none}.case-scroll{padding:0 .6rem}.composer{padding:.4rem .6rem .5rem}}
`;
const DESK_TAGS = {
  style: raw(inlineStyle('staff', DESK_STYLE)),
  script: raw(`${inlineScript('staff', DESK_SCRIPT)}${inlineScript('staff', DESK_KEYS)}`),
};

export interface DeskView {
  list: ListView;
  conversation?: CaseView | undefined;
  /** The staff member's name: their unread marks are their own. */
  who: string;
  csrf: string;
  /** The header's menu of the other pages. */
  menu: unknown;
  /** How often the page's script fetches the desk again without a live event (ms; 0: never). */
  refreshMs: number;
  title: string;
}

export function deskPage(t: Translate, v: DeskView) {
  const open = v.conversation?.conversationId ?? '';
  return layout(
    t,
    v.title,
    html`<div id="desk" class="desk ${open ? 'has-case' : 'no-case'}" data-who="${v.who}" data-open="${open}" data-open-key="${open ? markKey(open) : ''}" data-refresh="${v.refreshMs}">
<section id="list-pane" class="list-pane" aria-label="${t('inbox.desk.listLabel')}">${listPane(t, v.list)}</section>
<section id="case-pane" class="case-pane" aria-label="${t('inbox.desk.caseLabel')}">${
      v.conversation ? casePane(t, v.conversation) : html`<p class="empty-pane">${t('inbox.desk.pick')}</p>`
    }</section></div>`,
    {
      csrf: v.csrf,
      head: DESK_TAGS.style,
      bodyClass: 'desk-page',
      menu: html`${v.menu}<button type="button" id="keys-open" hidden>${t('inbox.desk.keysButton')}</button>`,
      after: html`${keysDialog(t)}<dialog id="confirm" aria-label="${t('inbox.closeConfirm.title')}"></dialog>
<p id="problem" role="alert" hidden data-offline="${t('inbox.desk.offline')}"></p>${DESK_TAGS.script}`,
    },
  );
}
