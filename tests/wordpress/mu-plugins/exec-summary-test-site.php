<?php
/**
 * Test-only must-use plugin, linked into the test site by tests/wordpress/wordpress.mjs. It does
 * nothing unless a request asks for it with a query parameter:
 *
 * - es-template=1: the theme's template puts cards on the page itself, from the wp_body_open
 *   hook every theme calls after <body>: one through exec_summary_card(), one through
 *   do_shortcode() (as a widget or a classic theme's template would).
 * - es-shortcode=<base64url>: the same hook prints do_shortcode() of that text, so that a test can
 *   give the plugin shortcodes that no post editor would save as written.
 * - es-optimise=1: an emulation of a script optimiser (Autoptimize's "aggregate JS"): every
 *   script file of this site on the page is concatenated, in page order, into
 *   wp-content/cache/combined-<hash>.js, and that one file is loaded before </body> instead.
 *   It ignores the no-optimise markers on purpose (a real optimiser may be told to), so what
 *   keeps the card working is the explicit base URL the plugin gives the loader.
 *   es-no-config=1 also drops the inline script that sets that base URL (the control case).
 * - the cookie es-pseudo-locale=1: every string translated in the text domain exec-summary is
 *   shown as ⟦string⟧ (a pseudo-translation), so a test can see which strings are not.
 *
 * @package ExecSummary\Tests
 */

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.NonceVerification.Recommended -- test-only switches.

if ( ! empty( $_COOKIE['es-pseudo-locale'] ) ) {
	$es_test_pseudo = function ( $translation, $text, $third, $domain = null ) {
		// gettext passes ( $translation, $text, $domain ); gettext_with_context ( …, $context, $domain ).
		$domain = null === $domain ? $third : $domain;
		return 'exec-summary' === $domain ? '⟦' . $translation . '⟧' : $translation;
	};
	add_filter( 'gettext', $es_test_pseudo, 10, 3 );
	add_filter( 'gettext_with_context', $es_test_pseudo, 10, 4 );
}

add_action(
	'wp_body_open',
	function () {
		if ( ! empty( $_GET['es-shortcode'] ) && is_string( $_GET['es-shortcode'] ) ) {
			// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- test-only.
			echo '<div class="es-test-template">', do_shortcode( base64_decode( strtr( wp_unslash( $_GET['es-shortcode'] ), '-_', '+/' ) ) ), '</div>';
		}
		if ( empty( $_GET['es-template'] ) || ! function_exists( 'exec_summary_card' ) ) {
			return;
		}
		$doc = '/wp-content/uploads/exec-summary-tests/urban-heat-resilience.json';
		echo '<div class="es-test-template">';
		exec_summary_card(
			array(
				'src'   => $doc,
				'theme' => 'sepia',
			)
		);
		echo do_shortcode( '[exec_summary src="/wp-content/uploads/exec-summary-tests/sino-russian-cooperation.json" variant="compact" heading_level="3"]' );
		echo '</div>';
	}
);

add_action(
	'template_redirect',
	function () {
		if ( empty( $_GET['es-optimise'] ) ) {
			return;
		}
		$drop_config = ! empty( $_GET['es-no-config'] );
		ob_start(
			function ( $html ) use ( $drop_config ) {
				return es_test_combine_scripts( $html, $drop_config );
			}
		);
	}
);

/**
 * The file of a script URL on this site, or '' for another site's.
 *
 * @param string $url Script URL.
 * @return string Path.
 */
function es_test_script_file( $url ) {
	$url = html_entity_decode( preg_replace( '/[?#].*$/', '', $url ) );
	foreach ( array( content_url() => WP_CONTENT_DIR, includes_url() => ABSPATH . WPINC . '/', site_url() => ABSPATH ) as $prefix => $dir ) {
		if ( 0 === strpos( $url, $prefix ) ) {
			return rtrim( $dir, '/' ) . '/' . ltrim( substr( $url, strlen( $prefix ) ), '/' );
		}
	}
	return '';
}

/**
 * Replaces every script file of this site on the page by one combined file.
 *
 * @param string $html        The page.
 * @param bool   $drop_config Whether to drop the plugin's inline configuration too.
 * @return string The page.
 */
function es_test_combine_scripts( $html, $drop_config ) {
	$parts = array();
	$html  = preg_replace_callback(
		'#<script\b[^>]*\bsrc=([\'"])([^\'"]+)\1[^>]*>\s*</script>\n?#i',
		function ( $match ) use ( &$parts ) {
			$file = es_test_script_file( $match[2] );
			if ( '' === $file || ! is_readable( $file ) ) {
				return $match[0];
			}
			$parts[] = file_get_contents( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
			return '';
		},
		$html
	);
	if ( $drop_config ) {
		$html = preg_replace( '#<script\b[^>]*id=([\'"])exec-summary-js-before\1[^>]*>.*?</script>\n?#s', '', $html );
	}
	if ( ! $parts ) {
		return $html;
	}
	$combined = implode( ";\n", $parts );
	$name     = 'combined-' . md5( $combined ) . '.js';
	wp_mkdir_p( WP_CONTENT_DIR . '/cache' );
	file_put_contents( WP_CONTENT_DIR . '/cache/' . $name, $combined ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
	$tag = '<script src="' . esc_url( content_url( 'cache/' . $name ) ) . '"></script>' . "\n";
	return str_replace( '</body>', $tag . '</body>', $html );
}
