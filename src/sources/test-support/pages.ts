// Pages written for these tests (not copied from any site), shaped like real news pages.

export const P1 =
  'Menteri Keuangan Sri Wulandari mengatakan pemerintah akan menambah anggaran subsidi beras sebesar Rp 2 triliun tahun ini, karena harga di pasar tradisional terus naik sejak Januari.';
export const P2 =
  '"Kami tidak akan membiarkan harga beras melewati batas yang wajar," kata Sri dalam konferensi pers di Jakarta, Selasa (5/3/2024), sambil menunjukkan data inflasi bulanan.';
export const P3 =
  'Ekonom dari Universitas Nusantara, Budi Santoso, menilai tambahan subsidi itu belum cukup untuk menahan kenaikan harga apabila musim panen kembali mundur akibat cuaca.';

export const NEWS_PAGE = `<!DOCTYPE html>
<html lang="id-ID">
<head>
  <meta charset="utf-8">
  <title>Pemerintah Tambah Subsidi Beras Rp 2 Triliun - Kabar Nusantara</title>
  <link rel="canonical" href="/ekonomi/2024/03/05/subsidi-beras">
  <meta property="og:title" content="Pemerintah Tambah Subsidi Beras Rp 2 Triliun">
  <meta property="og:site_name" content="Kabar Nusantara">
  <meta name="description" content="Subsidi beras ditambah.">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@graph":[
    {"@type":"Organization","@id":"#org","name":"Kabar Nusantara Media"},
    {"@type":"NewsArticle","headline":"Pemerintah Tambah Subsidi Beras Rp 2 Triliun",
     "datePublished":"2024-03-05T23:30:00+07:00","inLanguage":"id-ID",
     "author":[{"@type":"Person","name":"Rina Kusuma"},{"@type":"Person","name":"Agus Pratama"}],
     "publisher":{"@id":"#org"},
     "mainEntityOfPage":{"@type":"WebPage","@id":"https://kabar.example/ekonomi/2024/03/05/subsidi-beras"}}
  ]}
  </script>
  <style>.x { color: red }</style>
  <script>window.SECRET_TRACKING = "do-not-leak"; document.write("<p>INJECTED</p>");</script>
</head>
<body onload="alert('x')">
  <header><nav><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a> <a href="/politik">Politik</a></nav></header>
  <main>
    <article>
      <h1>Pemerintah Tambah Subsidi Beras Rp 2 Triliun</h1>
      <div class="byline">Rina Kusuma</div>
      <div class="share-bar"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>
      <figure><img src="beras.jpg" alt=""><figcaption>Pedagang beras di Pasar Induk. (Foto: Kabar)</figcaption></figure>
      <div itemprop="articleBody">
        <p>${P1}</p>
        <p>Baca juga: Harga Cabai Turun Menjelang Ramadan</p>
        <p>${P2.replace('Jakarta', 'Jakarta,\n          <b>Selasa</b>').replace(', Selasa', '')}</p>
        <div class="ads">ADVERTISEMENT</div>
        <p>${P3}</p>
        <script>console.log("inline script inside the article");</script>
      </div>
      <div class="related-articles"><h3>Berita Terkait</h3><ul><li><a href="/a">Harga gula naik</a></li></ul></div>
    </article>
    <section id="comments"><h2>Komentar</h2><p>Komentar pembaca: subsidi harus tepat sasaran!</p><p>Setuju sekali.</p><p>Tidak setuju.</p></section>
  </main>
  <footer><p>© 2024 Kabar Nusantara. Semua hak dilindungi.</p></footer>
</body>
</html>`;
