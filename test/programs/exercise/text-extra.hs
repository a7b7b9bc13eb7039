{-# OPTIONS_GHC -Wno-deprecations #-}
-- text functions other programs leave alone: Data.Text.Lazy's folds,
-- scans, searches and case/strip functions, strict Text's scans and
-- accumulating maps, Lazy.IO's line and file functions, lazy ASCII
-- decoding and UTF-16BE, title case, Data.Text.Foreign's I16.
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import qualified Data.Text.Lazy as L
import qualified Data.Text.Lazy.IO as LIO
import qualified Data.Text.Lazy.Encoding as LE
import qualified Data.Text.Encoding as TE
import qualified Data.Text.Encoding.Error as EE
import qualified Data.Text.Foreign as TF
import qualified Data.ByteString.Lazy.Char8 as LC
import qualified Data.ByteString.Char8 as BC
import Data.Char (isSpace, isUpper, toUpper)
import System.IO
import System.Directory (removeFile, getTemporaryDirectory)
import Control.Exception

main :: IO ()
main = do
  let l = L.fromChunks [T.pack "  Hello, ", T.pack "Lazy ", T.pack "Wörld  "]
  print (L.all (/= 'z') l, L.elem 'W' l, L.find isUpper l, L.partition isUpper l, L.break (== ',') l)
  print (L.foldl (\n c -> n + fromEnum c) 0 l, L.foldl1 max l, L.foldl1' min l, L.foldr1 (\c acc -> if c == ' ' then acc else c) l, L.maximum l, L.minimum l)
  print (L.scanl (\a c -> if c == ' ' then a else c) '_' (L.take 6 l), L.scanl1 max (L.pack "abzc"), L.scanr (\c a -> max c a) 'a' (L.pack "xbq"), L.scanr1 min (L.pack "dbca"))
  print (L.mapAccumL (\n c -> (n + 1, if odd n then toUpper c else c)) 0 l, L.mapAccumR (\n c -> (n + 1, c)) 0 (L.pack "ab"))
  print (L.stripStart l, L.stripEnd l, L.takeWhileEnd (/= 'W') l, L.toLower l, L.concatMap (\c -> L.pack [c, c]) (L.pack "ab"))
  print (L.unfoldr (\n -> if n > 5 then Nothing else Just (toEnum (n + 65), n + 1)) 0, L.unfoldrN 3 (\n -> Just ('x', n)) 0, L.zipWith max (L.pack "abc") (L.pack "cba"))
  print (L.compareLength l 5, L.compareLength l 100, L.compareLength L.empty 0, L.isSuffixOf (L.pack "d  ") l, L.isSuffixOf (L.pack "x") L.empty)
  r <- try (evaluate (L.maximum L.empty))
  putStrLn (either (\e -> "maximum empty: " ++ show (e :: SomeException)) show r)
  -- strict
  let t = T.pack "strict text"
  print (T.foldl (flip (:)) "" t, T.foldl1 max t, T.foldl1' min t, T.foldr1 (\c _ -> c) t, T.mapAccumR (\n c -> (n + 1, toUpper c)) 0 t)
  print (T.scanl1 max t, T.scanr (\c a -> if c == ' ' then a else c) '.' t, T.snoc t '!', T.toTitle (T.pack "ﬂour ǆungla hello"), T.toUpper (T.pack "straße"))
  -- encodings
  print (LE.decodeASCII (LC.pack "ascii only"), LE.encodeUtf16BE (L.pack "A€"), LE.decodeUtf16BE (LE.encodeUtf16BE (L.pack "round trip ☃")))
  print (TE.decodeUtf8With EE.lenientDecode (BC.pack "ok\255"))
  r3 <- try (evaluate (EE.strictEncode "f" (Just 'c')))
  putStrLn (either (\e -> "strict encode: " ++ show (e :: EE.UnicodeException)) show r3)
  r2 <- try (evaluate (TE.decodeUtf8With EE.strictDecode (BC.pack "bad\200")))
  putStrLn (either (\e -> "strict decode: " ++ show (e :: EE.UnicodeException)) show r2)
  print (read "I16 3" :: TF.I16, TF.lengthWord16 (T.pack "a𝄞"))
  -- Lazy.IO on a file
  dir <- getTemporaryDirectory
  (path, h) <- openTempFile dir "text-extra.txt"
  hClose h
  LIO.writeFile path (L.pack "line one\nline two\n")
  LIO.appendFile path (L.pack "line three\n")
  h2 <- openFile path ReadMode
  first <- LIO.hGetLine h2
  rest <- LIO.hGetContents h2
  print (first, rest)
  hClose h2
  removeFile path
  l1 <- LIO.getLine
  print l1
  LIO.interact (L.toUpper . L.take 20)
  putStrLn ""
