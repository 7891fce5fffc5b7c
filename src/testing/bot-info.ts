/**
 * A bot identity for tests and benchmarks, so grammY never calls getMe: every field the
 * Bot API's User-from-getMe has, with only the id and names varying.
 */
import type { UserFromGetMe } from 'grammy/types';

export const fakeBotInfo = (id: number, username: string): UserFromGetMe => ({
  id,
  is_bot: true,
  first_name: username,
  username,
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
});
