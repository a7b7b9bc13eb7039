-- NFData1/NFData2 instances written by hand and those of base types
-- (Maybe, Either, lists, tuples, Identity, Const, Compose, Product, Sum),
-- with an rnf that records what it forced.
import Control.DeepSeq
import Control.Exception
import Data.Functor.Compose
import Data.Functor.Const
import Data.Functor.Identity
import qualified Data.Functor.Product as P
import qualified Data.Functor.Sum as S
import Data.IORef

data Rose a = Rose a [Rose a]

instance NFData1 Rose where
  liftRnf r (Rose x kids) = r x `seq` liftRnf (liftRnf r) kids

instance NFData a => NFData (Rose a) where
  rnf = rnf1

data These a b = This a | That b | These a b

instance NFData2 These where
  liftRnf2 f _ (This a) = f a
  liftRnf2 _ g (That b) = g b
  liftRnf2 f g (These a b) = f a `seq` g b

instance NFData a => NFData1 (These a) where
  liftRnf = liftRnf2 rnf

instance (NFData a, NFData b) => NFData (These a b) where
  rnf = rnf2

check :: String -> () -> IO ()
check label u = do
  r <- try (evaluate u)
  putStrLn (label ++ ": " ++ either (\e -> "error " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) show r)

main :: IO ()
main = do
  ref <- newIORef (0 :: Int)
  let counting x = x `seq` ()
      tree = Rose 1 [Rose 2 [Rose 4 []], Rose (3 :: Int) []]
  check "rose" (rnf tree)
  check "rose/bottom" (rnf (Rose 1 [Rose (error "kid" :: Int) []]))
  check "rose/liftRnf" (liftRnf counting tree)
  check "these" (rnf [This 'a', That (1 :: Int), These 'b' 2])
  check "these/bottom" (rnf (These 'c' (error "that" :: Int)))
  check "maybe1" (liftRnf (\x -> if x then error "true!" else ()) (Just False))
  check "either2" (liftRnf2 (const (error "left")) rwhnf (Right 'x' :: Either Int Char))
  check "either2/left" (liftRnf2 (const (error "left")) rwhnf (Left 1 :: Either Int Char))
  check "list1" (liftRnf (\x -> if x > 2 then error ("elem " ++ show x) else ()) [1, 2, 3, 4 :: Int])
  check "tuple2" (liftRnf2 rwhnf (error "snd") ('a', 'b'))
  check "identity" (rnf (Identity (Just [1, 2 :: Int])))
  check "const" (rnf (Const "x" :: Const String Int))
  check "compose" (rnf (Compose [Just (1 :: Int), Nothing]))
  check "compose/bottom" (rnf (Compose [Just (error "in compose" :: Int)]))
  check "product" (rnf (P.Pair [1 :: Int] (Just 2)))
  check "sum" (rnf (S.InR (Just (error "inr" :: Int)) :: S.Sum [] Maybe Int))
  check "ioref" (rnf ref)
  check "function" (rnf (\x -> x + error "never" :: Int))
  writeIORef ref 5
  readIORef ref >>= print
