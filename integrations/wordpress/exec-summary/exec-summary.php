<?php
/**
 * Plugin Name:       Executive summary
 * Description:       Interactive executive-summary cards: a block where you paste the summary as plain text, Markdown or JSON, a shortcode, template functions and site-wide defaults. The card's files are bundled; no external service.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            exec-summary contributors
 * License:           MIT OR Apache-2.0
 * Text Domain:       exec-summary
 * Domain Path:       /languages
 *
 * @package ExecSummary
 */

defined( 'ABSPATH' ) || exit;

define( 'EXEC_SUMMARY_VERSION', '0.1.0' );
define( 'EXEC_SUMMARY_FILE', __FILE__ );
define( 'EXEC_SUMMARY_DIR', plugin_dir_path( __FILE__ ) );

require_once EXEC_SUMMARY_DIR . 'includes/card.php';
require_once EXEC_SUMMARY_DIR . 'includes/settings.php';
require_once EXEC_SUMMARY_DIR . 'includes/assets.php';
require_once EXEC_SUMMARY_DIR . 'includes/shortcode.php';
require_once EXEC_SUMMARY_DIR . 'includes/template.php';
require_once EXEC_SUMMARY_DIR . 'includes/uploads.php';
require_once EXEC_SUMMARY_DIR . 'includes/kses.php';
require_once EXEC_SUMMARY_DIR . 'includes/blocks.php';

/**
 * Loads the plugin's translations (languages/exec-summary-<locale>.mo, or those WordPress
 * installed for it).
 */
function exec_summary_load_textdomain() {
	load_plugin_textdomain( 'exec-summary', false, dirname( plugin_basename( EXEC_SUMMARY_FILE ) ) . '/languages' );
}
add_action( 'init', 'exec_summary_load_textdomain', 1 );
