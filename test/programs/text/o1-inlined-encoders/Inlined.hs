{-# OPTIONS_GHC -funfolding-use-threshold=3000 #-}
-- text's internals that only text's own code calls, reached by -O1 code
-- that inlines their callers (a high unfolding threshold): the strict
-- UTF-16/32 encoders' unstream (its last step, $wtrimUp) and the lazy
-- encodeUtf8's buffer loop ($wfill) and chunk list (encodeUtf8_go4).
module Inlined (run) where

import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as BL
import qualified Data.Text as T
import qualified Data.Text.Encoding as E
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Lazy.Encoding as TLE

samples :: [T.Text]
samples =
  map T.pack
    [ ""
    , "a"
    , "h\233llo \8364 w\1234rld \128512!"
    , replicate 30 'x' ++ "\65533\55296" ++ ['\1' .. '\60'] ++ ['\2000' .. '\2010']
    , concat (replicate 70 "\955\128512z")
    ]

run :: IO ()
run = do
  mapM_
    ( \t -> do
        print (B.unpack (E.encodeUtf16LE t))
        print (B.length (E.encodeUtf16BE t), B.length (E.encodeUtf32LE t), B.take 12 (E.encodeUtf32BE t))
    )
    samples
  let lazies =
        [ TL.empty
        , TL.pack "short"
        , TL.fromChunks samples
        , TL.fromChunks (replicate 4 (T.pack (concat (replicate 50 "ab\233\8364\128512"))))
        , TL.fromChunks [T.pack "x", T.replicate 9000 (T.pack "\128512")]
        ]
  mapM_
    ( \t -> do
        let bs = TLE.encodeUtf8 t
        print (map B.length (BL.toChunks bs), BL.length bs, BL.take 20 bs)
        print (TLE.decodeUtf8 bs == t)
    )
    lazies
