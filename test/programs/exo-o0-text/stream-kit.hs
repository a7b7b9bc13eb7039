{-# LANGUAGE OverloadedStrings #-}
-- Hand-written text streams: producers and transformers built from the
-- fusion framework's own types (Stream, Step, strict pairs, the RS and Scan
-- states) and turned into Text with unstream; a small number parser on
-- the internal reader type with its strict accumulator; iteration over a
-- Text's code units; lazy Text as a list and as a printf argument.
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import Data.Text.Internal.Fusion (stream, unstream)
import Data.Text.Internal.Fusion.Types
import Data.Text.Internal.Fusion.Size (exactSize, unknownSize)
import Data.Text.Internal.Read (IParser (..), T (..), digitToInt, perhaps)
import Data.Text.Unsafe (Iter (..), iter, reverseIter, lengthWord16)
import Data.Text.Internal (Text (..))
import qualified GHC.Exts as Exts
import Text.Printf (printf)
import Data.Char (isDigit, toUpper)
import Data.List (zipWith4)

-- the characters 'a'.. counting up, paired with a countdown, as a stream
countdown :: Int -> Stream Char
countdown n = assemble Stream next (uncurry (:*:) (n, 'a')) (exactSize n)
  where
    next (0 :*: _) = Done
    next (k :*: c) = Yield c (uncurry (:*:) (k - 1, succ c))

-- a stream from its parts, with the constructor to use passed in (the
-- fusion framework's own, or a checking one)
{-# NOINLINE assemble #-}
assemble :: ((s -> Step s a) -> s -> sz -> r) -> (s -> Step s a) -> s -> sz -> r
assemble mk next s0 size = mk next s0 size

-- a state machine step that keeps its continuation state in a wrapper
{-# NOINLINE stepInto #-}
stepInto :: (s -> r) -> (s -> Step s a) -> s -> Step r a
stepInto wrap next0 s = case next0 s of
  Done -> Done
  Skip s' -> Skip (wrap s')
  Yield x s' -> Yield x (wrap s')

-- doubles every character: RS states hold what is still to be emitted
stutter :: Stream Char -> Stream Char
stutter (Stream next0 s0 len) = Stream next (RS0 s0) (len + len)
  where
    next (RS0 s) = case stepInto RS0 next0 s of
      Done -> Done
      Skip r -> Skip r
      Yield c (RS0 s') -> Yield c (uncurry RS1 (s', fromIntegral (fromEnum c)))
      Yield c r -> Yield c r
    next (RS1 s w) = Yield (toEnum (fromIntegral w)) (RS0 s)
    next (RS2 s _ w) = Yield (toEnum (fromIntegral w)) (RS0 s)
    next (RS3 s _ _ w) = Yield (toEnum (fromIntegral w)) (RS0 s)

-- emits a separator first, then runs the wrapped stream (Scan states)
prefixed :: Char -> Stream Char -> Stream Char
prefixed sep (Stream next0 s0 _) = Stream next (uncurry Scan1 (sep, s0)) unknownSize
  where
    next (Scan1 c s) = Yield c (uncurry Scan2 (c, s))
    next (Scan2 c s) = case stepInto (Scan2 c) next0 s of
      Yield x r -> Yield (if x == ' ' then c else x) r
      other -> other

-- a triple-packed stream state (RS2/RS3) from three texts interleaved
braid :: T.Text -> T.Text -> T.Text -> T.Text
braid a b c = unstream (Stream next (start (0 :: Int)) unknownSize)
  where
    n = minimum [T.length a, T.length b, T.length c]
    start i = head (zipWith4 RS3 [i] [0] [0] [0])
    next (RS3 i _ _ _)
      | i >= n = Done
      | otherwise = Yield (T.index a i) (head (zipWith3 RS2 [i] [1] [0]))
    next (RS2 i w _) = Yield (T.index (if w == 1 then b else c) i) (if w == 1 then RS2 i 2 0 else RS1 i 0)
    next (RS1 i _) = Skip (start (i + 1))
    next (RS0 _) = Done

-- a number with an optional fraction, accumulated in the reader's T
number :: IParser T.Text Double
number = do
  T whole _ <- digits (T 0 0)
  T frac places <- perhaps (T 0 0) (char '.' >> digits (T 0 0))
  return (fromIntegral whole + fromIntegral frac / 10 ^ places)
  where
    digits acc = P (\t -> let (ds, rest) = T.span isDigit t
                              T v k = T.foldl' (\(T v' k') c -> uncurry T (v' * 10 + fromIntegral (digitToInt c), k' + 1)) acc ds
                          in if T.null ds then Left "digits expected" else Right (T v k, rest))
    char c = P (\t -> case T.uncons t of
                        Just (x, rest) | x == c -> Right ((), rest)
                        _ -> Left ("expected " ++ [c]))

-- code units of a Text, walked with Iter (a character and its width)
widths :: T.Text -> [(Char, Int)]
widths t@(Text _ _ len) = go 0
  where
    go i
      | i >= len = []
      | otherwise = let Iter c d = iter t i in (c, d) : go (i + d)

-- any list-like container from a list, whole and cut to three items
{-# NOINLINE listed #-}
listed :: Exts.IsList l => [Exts.Item l] -> (l, l)
listed xs = (Exts.fromList xs, Exts.fromListN 3 (take 3 xs))

firstIter :: T.Text -> Iter
firstIter t = uncurry Iter (if T.null t then ('\0', 0) else (T.head t, 1))

main :: IO ()
main = do
  print (unstream (countdown 5), unstream (stutter (countdown 3)), unstream (stutter (stream "héllo")))
  print (unstream (prefixed '_' (stream "split these words")), unstream (prefixed '>' (stutter (stream "ab"))))
  print (braid "abc" "123" "xyz!", braid "" "1" "2")
  print (map (runP number) ["3.25 rest", "42", ".5", "7.x"])
  print (widths "a\233\120120z", (\(Iter c d) -> (c, d)) (firstIter "q"), (\(Iter c d) -> (c, d)) (firstIter ""))
  let t = "ascii\8364" :: T.Text
      (c0, d0) = reverseIter t (lengthWord16 t - 1)
  print (c0, d0)
  -- lazy Text as a list
  let (lt, lt3) = listed "lazy list" :: (TL.Text, TL.Text)
  print (lt, Exts.toList (TL.toUpper lt), lt3, TL.length (fst (listed (replicate 5 'z'))))
  -- and as a printf argument
  printf "%s|%10s|%-6s|%c\n" lt (TL.pack "right") (TL.pack "left") 'x'
  printf "%.3s and %s\n" (TL.pack "truncated") (TL.fromChunks ["two ", "chunks"])
  let row :: TL.Text -> Int -> String
      row = printf "%-8s%4d"
  mapM_ (putStrLn . row (TL.map toUpper "item")) [1, 22, 333]
