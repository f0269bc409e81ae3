<?php
/**
 * The loader, on pages that show a card and only there.
 *
 * Whatever puts a card on a page (the shortcode, the template functions, a block) calls
 * exec_summary_enqueue_loader() while it renders: the loader is then printed once, in the
 * footer, after an inline script that tells it where its other files are. Nothing is enqueued
 * on pages without a card. Cards are rendered before the footer both in classic themes and in
 * block themes (which render the whole template before wp_head), so the footer always knows.
 *
 * @package ExecSummary
 */

defined( 'ABSPATH' ) || exit;

/**
 * The script handle of the loader.
 */
const EXEC_SUMMARY_HANDLE = 'exec-summary';

/**
 * Where the card's files are: the CDN URL from the settings, else the plugin's own copy of pkg/.
 *
 * @return string URL ending in a slash.
 */
function exec_summary_assets_base() {
	$cdn = exec_summary_get_setting( 'cdn_url' );
	if ( '' !== $cdn ) {
		return trailingslashit( $cdn );
	}
	return plugins_url( 'assets/', EXEC_SUMMARY_FILE );
}

/**
 * Enqueues the loader for this page, once however many cards it shows.
 *
 * The loader finds its other files beside its own URL, which an optimiser that combines scripts
 * into a file elsewhere would change; so the base URL is set explicitly before it runs
 * (window.ExecSummaryConfig.base), keeping any configuration the site set itself.
 */
function exec_summary_enqueue_loader() {
	if ( wp_script_is( EXEC_SUMMARY_HANDLE, 'enqueued' ) || wp_script_is( EXEC_SUMMARY_HANDLE, 'done' ) ) {
		return;
	}
	$base    = exec_summary_assets_base();
	$version = '' === exec_summary_get_setting( 'cdn_url' ) ? EXEC_SUMMARY_VERSION : null;
	wp_enqueue_script( EXEC_SUMMARY_HANDLE, $base . 'exec-summary.js', array(), $version, true );
	$config = wp_json_encode( array( 'base' => $base ), JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES );
	wp_add_inline_script( EXEC_SUMMARY_HANDLE, 'window.ExecSummaryConfig=Object.assign({},window.ExecSummaryConfig,' . $config . ');', 'before' );
}

/**
 * The card's stylesheet handle, for static cards (the block's): a mounted card brings its own
 * into its shadow root, a static card is in the page and needs the page to link it.
 */
const EXEC_SUMMARY_STYLE_HANDLE = 'exec-summary-card';

/**
 * Enqueues the card's stylesheet for this page, once. Called while a block renders, which in a
 * block theme is before wp_head (so it is linked in the head); a classic theme renders posts
 * after wp_head, hence exec_summary_enqueue_style_for_posts().
 */
function exec_summary_enqueue_card_style() {
	if ( wp_style_is( EXEC_SUMMARY_STYLE_HANDLE, 'enqueued' ) || wp_style_is( EXEC_SUMMARY_STYLE_HANDLE, 'done' ) ) {
		return;
	}
	$version = '' === exec_summary_get_setting( 'cdn_url' ) ? EXEC_SUMMARY_VERSION : null;
	wp_enqueue_style( EXEC_SUMMARY_STYLE_HANDLE, exec_summary_assets_base() . 'exec-summary.css', array(), $version );
	// The block's wrapper is an element of its own (see includes/blocks.php), inline until styled.
	wp_add_inline_style( EXEC_SUMMARY_STYLE_HANDLE, 'exec-summary-block{display:block}' );
}

/**
 * Links the stylesheet in the head of pages whose posts hold a card block, before a classic
 * theme renders them (a card block in a reusable block or a template is linked when it renders).
 */
function exec_summary_enqueue_style_for_posts() {
	global $wp_query;
	if ( ! $wp_query instanceof WP_Query || empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && has_block( 'exec-summary/card', $post ) ) {
			exec_summary_enqueue_card_style();
			return;
		}
	}
}
add_action( 'wp_enqueue_scripts', 'exec_summary_enqueue_style_for_posts' );

/**
 * Marks the loader's script tags (and its inline configuration) for optimisers to leave alone:
 * Autoptimize (data-noptimize), WP Rocket (nowprocket) and Cloudflare Rocket Loader
 * (data-cfasync="false"). The loader is 2 KB, loads the rest itself, and must run as it is.
 *
 * @param string $tag    The script tags WordPress prints for a handle (its inline scripts included).
 * @param string $handle The script handle.
 * @return string The tags.
 */
function exec_summary_script_loader_tag( $tag, $handle ) {
	if ( EXEC_SUMMARY_HANDLE !== $handle ) {
		return $tag;
	}
	return preg_replace( '/<script(?=[\s>])/', '<script data-noptimize nowprocket data-cfasync="false"', $tag );
}
add_filter( 'script_loader_tag', 'exec_summary_script_loader_tag', 10, 2 );
