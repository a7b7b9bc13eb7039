-- Data.Text.Internal.Fusion(.Common): every stream function's result,
-- size hint and Skip steps (a user stepping a stream sees all three).
{-# LANGUAGE MagicHash #-}
import qualified Data.Text.Internal.Fusion.Common as S
import qualified Data.Text.Internal.Fusion as F
import Data.Text.Internal.Fusion.Types
import Data.Text.Internal.Fusion.Size
import qualified Data.Text as T
import Control.Exception
import Data.Int
sz :: Stream a -> Size
sz (Stream _ _ s) = s
steps :: Show a => Stream a -> String
steps (Stream next s0 _) = go (50::Int) s0 where
  go 0 _ = "..."
  go n s = case next s of Done -> "D"; Skip s' -> 'S' : go (n-1) s'; Yield c s' -> show c ++ go (n-1) s'
sh :: Show a => String -> Stream a -> IO ()
sh l s = do { r <- try (evaluate (length (steps s))); case r of Left e -> putStrLn (l ++ " ERR " ++ show (e :: SomeException)); Right _ -> putStrLn (l ++ " " ++ show (sz s) ++ " " ++ steps s) }
v :: Show a => String -> a -> IO ()
v l x = do { r <- try (evaluate (length (show x))); putStrLn (l ++ ": " ++ either (\e -> "ERR " ++ show (e :: SomeException)) (const (show x)) r) }
main :: IO ()
main = do
  let a = F.stream (T.pack "ab\x10000\&c"); e = F.stream T.empty; h = F.stream (T.pack "hello")
  sh "stream" a; sh "rev" (F.reverseStream (T.pack "ab\x10000\&c")); sh "empty" (e); sh "emptyT" (empty :: Stream Char)
  sh "list" (S.streamList "xyz"); v "unlist" (S.unstreamList a)
  sh "cons" (S.cons 'x' a); sh "snoc" (S.snoc a 'x'); sh "append" (S.append a h)
  v "head" (S.head a); v "headE" (S.head e); v "last" (S.last a); v "lastE" (S.last e)
  v "uncons" (fmap fst (S.uncons a)); sh "unconsT" (maybe e snd (S.uncons a)); v "unconsE" (fmap fst (S.uncons e))
  sh "tail" (S.tail a); sh "tailE" (S.tail e); sh "init" (S.init a); sh "initE" (S.init e)
  v "null" (S.null a, S.null e); v "lengthI" (S.lengthI a :: Int, S.lengthI a :: Int64); v "cmpLen" (map (S.compareLengthI a) [3,4,5::Int])
  v "isSingle" (S.isSingleton a, S.isSingleton (S.singleton 'q'), S.isSingleton e)
  sh "map" (S.map succ a); sh "interc" (S.intercalate (S.streamList ", ") [h, a, e]); sh "intersp" (S.intersperse '-' h); sh "interspE" (S.intersperse '-' e)
  sh "toCaseFold" (S.toCaseFold (F.stream (T.pack "Straße"))); sh "toUpper" (S.toUpper (F.stream (T.pack "straße ǆ"))); sh "toLower" (S.toLower (F.stream (T.pack "İX"))); sh "toTitle" (S.toTitle (F.stream (T.pack "hello wORLD ǆx 1st")))
  sh "justL" (S.justifyLeftI (8::Int) '.' h); sh "justL2" (S.justifyLeftI (2::Int) '.' h)
  v "foldl" (S.foldl (flip (:)) "" a, S.foldl' (flip (:)) "" a, S.foldr (:) "" a)
  v "foldl1" (S.foldl1 max a, S.foldl1' min a, S.foldr1 max a); v "foldl1E" (S.foldl1 max e); v "foldr1E" (S.foldr1 max e); v "foldl1'E" (S.foldl1' max e)
  sh "concat" (S.concat [a, e, h]); sh "concatMap" (S.concatMap (\c -> S.streamList [c,c]) h)
  v "any" (S.any (=='l') h, S.all (=='l') h, S.maximum h, S.minimum h); v "maxE" (S.maximum e); v "minE" (S.minimum e)
  sh "scanl" (S.scanl max 'c' h); sh "replicateCharI" (S.replicateCharI (3::Int) 'z'); sh "replicateI" (S.replicateI 3 (S.streamList "ab")); sh "replicateI0" (S.replicateI 0 h)
  sh "unfoldr" (S.unfoldr (\n -> if n > 3 then Nothing else Just (toEnum (n+65), n+1)) (0::Int)); sh "unfoldrNI" (S.unfoldrNI (2::Int) (\n -> if n > 3 then Nothing else Just (toEnum (n+65), n+1)) (0::Int))
  sh "take" (S.take (2::Int) a); sh "take9" (S.take (9::Int) a); sh "takem1" (S.take (-1::Int) a); sh "drop" (S.drop (2::Int) a); sh "drop9" (S.drop (9::Int) a); sh "dropm" (S.drop (-1::Int) a)
  sh "takeWhile" (S.takeWhile (<'c') a); sh "dropWhile" (S.dropWhile (<'c') a)
  v "isPrefixOf" (S.isPrefixOf (S.streamList "he") h, S.isPrefixOf h (S.streamList "he"), S.isPrefixOf e h); v "elem" (S.elem 'l' h, S.elem 'z' h)
  v "findBy" (S.findBy (>'h') h, S.findBy (>'z') h); v "indexI" (S.indexI h (1::Int)); v "indexIbad" (S.indexI h (9::Int)); v "indexIneg" (S.indexI h (-1::Int))
  v "findIndexI" (S.findIndexI (=='l') h :: Maybe Int, S.findIndexI (=='z') h :: Maybe Int)
  sh "filter" (S.filter (/='l') h); sh "zipWith" (S.zipWith max h (S.streamList "zaza")); v "countCharI" (S.countCharI 'l' h :: Int)
  v "F.length" (F.length a, F.countChar 'l' h, F.index a 2, F.findIndex (=='c') a); v "F.indexbad" (F.index a 7)
  v "F.mapAccumL" (F.mapAccumL (\n c -> (n+1, succ c)) (0::Int) a); v "F.unstream" (F.unstream a, F.reverse a)
  sh "F.reverseScanr" (F.reverseScanr max 'b' (F.stream (T.pack "ac"))); sh "F.unfoldrN" (F.unfoldrN 2 (\n -> if n > 3 then Nothing else Just (toEnum (n+65), n+1)) (0::Int))
  v "eq" (a == a, a == h, compare a h, compare h a, compare e e, a < h, max a h == a)
  sh "cstring" (S.streamCString# "hi\xc3\xa9!"#)
