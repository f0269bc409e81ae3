<?php
/**
 * The card's host markup, shared by the shortcode and the template functions: one place that
 * checks a card's arguments, writes its host and asks for the loader.
 *
 * @package ExecSummary
 */

defined( 'ABSPATH' ) || exit;

/**
 * The card options a host may carry (includes/card-options.php), read once.
 *
 * @return array<string, array> Option name => array( 'attribute' => …, 'values' => … | 'pattern' => … ).
 */
function exec_summary_card_options() {
	static $options = null;
	if ( null === $options ) {
		$options = require __DIR__ . '/card-options.php';
	}
	return $options;
}

/**
 * The value of a card option if the card accepts it, else ''.
 *
 * @param string $name  Option name (a key of exec_summary_card_options()).
 * @param mixed  $value Value as written by the author or the site's settings.
 * @return string The accepted value, or '' (no attribute).
 */
function exec_summary_sanitize_card_option( $name, $value ) {
	$options = exec_summary_card_options();
	if ( ! isset( $options[ $name ] ) || ! is_scalar( $value ) ) {
		return '';
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$option = $options[ $name ];
	if ( isset( $option['values'] ) ) {
		return in_array( $value, $option['values'], true ) ? $value : '';
	}
	if ( isset( $option['pattern'] ) ) {
		return preg_match( '~\A(?:' . $option['pattern'] . ')\z~', $value ) ? $value : '';
	}
	return '';
}

/**
 * The URL of a card's JSON document if it is one a card may load, else ''.
 *
 * Only absolute http(s) URLs and paths on this site ("/wp-content/uploads/x.json") are accepted:
 * no other scheme, and no path relative to the page (which changes between a post, an archive
 * and a feed).
 *
 * @param mixed $src The src as written.
 * @return string The URL, unescaped (escape it for output), or ''.
 */
function exec_summary_sanitize_src( $src ) {
	if ( ! is_string( $src ) ) {
		return '';
	}
	$src = trim( $src );
	if ( '' === $src || preg_match( '/[\x00-\x20\x7f]/', $src ) ) {
		return '';
	}
	if ( '/' === $src[0] ) {
		if ( '/' === substr( $src, 1, 1 ) || '\\' === substr( $src, 1, 1 ) ) {
			return ''; // "//host/…" is another site, written without its scheme.
		}
		return esc_url_raw( $src );
	}
	$scheme = wp_parse_url( $src, PHP_URL_SCHEME );
	$host   = wp_parse_url( $src, PHP_URL_HOST );
	if ( ! is_string( $scheme ) || ! in_array( strtolower( $scheme ), array( 'http', 'https' ), true ) || empty( $host ) ) {
		return '';
	}
	return esc_url_raw( $src, array( 'http', 'https' ) );
}

/**
 * An accepted src as an absolute URL, for the fallback link (feed readers resolve relative links
 * against the feed, not the site).
 *
 * @param string $src A URL accepted by exec_summary_sanitize_src().
 * @return string Absolute URL.
 */
function exec_summary_absolute_url( $src ) {
	if ( '/' !== $src[0] ) {
		return $src;
	}
	$home   = wp_parse_url( home_url() );
	$origin = ( isset( $home['scheme'] ) ? $home['scheme'] : 'http' ) . '://' . ( isset( $home['host'] ) ? $home['host'] : '' );
	if ( isset( $home['port'] ) ) {
		$origin .= ':' . $home['port'];
	}
	return $origin . $src;
}

/**
 * The host markup of a card, with the loader enqueued for the page.
 *
 * Arguments (all strings): src (required: the JSON document's URL), theme, variant,
 * heading_level, expanded, lang. An option left empty or not accepted takes the site's default
 * (Settings → Executive summary) where there is one; "default" means the card's own default,
 * whatever the site's setting.
 *
 * The host is a `span` so that a card written inside a paragraph keeps the paragraph valid
 * (a `div` there would end it and leave an empty `<p>` after the card); the card's stylesheet
 * makes the host a block once it is mounted. Until then, and without JavaScript or in a feed,
 * the host shows a link to the document.
 *
 * @param array $args Card arguments.
 * @return string HTML, escaped.
 */
function exec_summary_render_card( $args ) {
	$args = is_array( $args ) ? $args : array();
	$src  = exec_summary_sanitize_src( isset( $args['src'] ) ? $args['src'] : '' );
	if ( '' === $src ) {
		return exec_summary_invalid_src_notice( isset( $args['src'] ) ? $args['src'] : '' );
	}

	$attributes = array(
		'class'    => 'exec-summary',
		'data-src' => esc_url( $src, array( 'http', 'https' ) ),
	);
	foreach ( exec_summary_card_options() as $name => $option ) {
		$written = isset( $args[ $name ] ) && is_scalar( $args[ $name ] ) ? trim( (string) $args[ $name ] ) : '';
		if ( 'default' === $written ) {
			continue;
		}
		$value = exec_summary_sanitize_card_option( $name, $written );
		if ( '' === $value ) {
			$value = exec_summary_sanitize_card_option( $name, exec_summary_get_setting( $name ) );
		}
		if ( '' !== $value ) {
			$attributes[ $option['attribute'] ] = esc_attr( $value );
		}
	}

	exec_summary_enqueue_loader();

	$html = '<span';
	foreach ( $attributes as $attribute => $escaped ) {
		$html .= ' ' . $attribute . '="' . $escaped . '"';
	}
	$html .= '><a class="exec-summary-fallback" href="' . esc_url( exec_summary_absolute_url( $src ), array( 'http', 'https' ) ) . '" type="application/json">'
		. esc_html__( 'Executive summary', 'exec-summary' ) . '</a></span>';
	return $html;
}

/**
 * What a card with no usable src shows: nothing to readers; to a user who may edit the post, a
 * notice saying what to fix.
 *
 * @param mixed $src The src as written.
 * @return string HTML, escaped.
 */
function exec_summary_invalid_src_notice( $src ) {
	$post_id = get_the_ID();
	$editor  = $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
	if ( ! $editor ) {
		return '';
	}
	$written = is_scalar( $src ) ? (string) $src : '';
	$message = '' === trim( $written )
		? __( 'Executive summary: add src="…" with the URL of the summary’s JSON document.', 'exec-summary' )
		/* translators: %s: the src attribute as the author wrote it. */
		: sprintf( __( 'Executive summary: “%s” is not a URL a card can load. Use an http(s) URL or a path on this site starting with /.', 'exec-summary' ), $written );
	return '<span class="exec-summary-notice" role="note">' . esc_html( $message ) . '</span>';
}
