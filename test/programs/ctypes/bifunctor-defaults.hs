import Control.Exception
import Data.Bifunctor
import Data.Bifoldable
import Data.Bitraversable

data P a b = P a [b] deriving Show

instance Bifunctor P where
  bimap f g (P a bs) = P (f a) (map g bs)

instance Bifoldable P where
  bifoldMap f g (P a bs) = f a <> foldMap g bs

instance Bitraversable P where
  bitraverse f g (P a bs) = P <$> f a <*> traverse g bs

data Q a b = Q b a deriving Show

instance Bifunctor Q where
  first f (Q b a) = Q b (f a)
  second g (Q b a) = Q (g b) a

instance Bifoldable Q where
  bifoldr f g z (Q b a) = g b (f a z)

data E a b = E deriving Show

instance Bifoldable E where
  bifoldMap _ _ _ = mempty

t :: Show a => String -> a -> IO ()
t l x = do
  r <- try (evaluate (length (show x) `seq` x))
  case r of
    Left e -> putStrLn (l ++ ": " ++ show (e :: SomeException))
    Right v -> putStrLn (l ++ ": " ++ show v)

main :: IO ()
main = do
  print (first (+ 1) (P (1 :: Int) "ab"), second succ (P (1 :: Int) "ab"), bimap show (: []) (Q 'x' (2 :: Int)))
  print (bifoldr (:) (:) [] (P 'a' "bcd"), bifoldl (flip (:)) (flip (:)) [] (P 'a' "bcd"), biList (Q 'b' 'a'), bifoldMap (: []) (: []) (Q 'y' 'x'))
  print (bilength (P () "xyz"), bisum (P 1 [2, 3 :: Int]), bimaximum (P 3 [9, 2 :: Int]), biminimum (Q 'm' 'c'), bifold (Q "b" "a"))
  print (bifoldr1 (-) (P 10 [3, 2 :: Int]), bifoldl1 (-) (P 10 [3, 2 :: Int]), bimaximumBy compare (P 1 [5, 3 :: Int]), biminimumBy compare (P 4 [5, 3 :: Int]))
  print (bitraverse Just Just (P 'a' "bc"), bisequenceA (P [1, 2] [[3 :: Int]]), bimapDefault (+ 1) (* 2) (P 1 [2, 3 :: Int]), bifoldMapDefault show show (P (1 :: Int) [True]))
  print (bimapAccumL (\s a -> (s + a, s)) (\s b -> (s * b, s)) 1 (P 2 [3, 4 :: Int]), bimapAccumR (\s a -> (s + a, s)) (\s b -> (s * b, s)) 1 (P 2 [3, 4 :: Int]))
  print (binull (E :: E Int Int), bilength (E :: E Int Int), biList (E :: E Int Int), bisum (E :: E Int Int), biproduct (E :: E Int Int), biand (E :: E Bool Bool))
  t "bimaximum" (bimaximum (E :: E Int Int))
  t "biminimum" (biminimum (E :: E Int Int))
  t "bifoldr1" (bifoldr1 (+) (E :: E Int Int))
  t "bifoldl1" (bifoldl1 (+) (E :: E Int Int))
  t "bimaximumBy" (bimaximumBy compare (E :: E Int Int))
  print (bifoldr1 (+) (E :: E Int Int))
