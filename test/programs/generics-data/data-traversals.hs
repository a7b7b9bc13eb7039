{-# LANGUAGE DeriveDataTypeable, RankNTypes, ScopedTypeVariables #-}
-- Generic traversals over a user tree and base types: type-directed
-- queries (extQ through cast), monadic maps (gmapM in State-like and Maybe
-- monads), gmapMp/gmapMo and a generic depth.
import Data.Data
import Control.Monad (mplus, mzero, MonadPlus)

data Tree a = Leaf | Node (Tree a) a (Tree a) deriving (Show, Data)

data Rec = Rec { label :: String, weight :: Double, tags :: [Maybe Int], pair :: (Bool, Char) }
  deriving (Show, Data)

extQ :: (Typeable a, Typeable b) => (a -> r) -> (b -> r) -> a -> r
extQ f g a = maybe (f a) g (cast a)

ext0T :: (Typeable a, Typeable b) => (a -> a) -> (b -> b) -> a -> a
ext0T def ext = maybe def id (cast ext)

everywhereM :: forall m. Monad m => (forall a. Data a => a -> m a) -> (forall a. Data a => a -> m a)
everywhereM f x = gmapM (everywhereM f) x >>= f

depth :: Data a => a -> Int
depth x = 1 + foldr max 0 (gmapQ depth x)

describe :: Data a => a -> String
describe = (\x -> "other " ++ showConstr (toConstr x)) `extQ` (\(n :: Int) -> "int " ++ show n) `extQ` (\(s :: String) -> "string " ++ s)

incInts :: Data a => a -> a
incInts = everywhere' ((id `ext0T` (\(n :: Int) -> n + 1)))
  where
    everywhere' :: (forall b. Data b => b -> b) -> (forall b. Data b => b -> b)
    everywhere' f = f . gmapT (everywhere' f)

main :: IO ()
main = do
  let t = Node (Node Leaf 1 Leaf) (2 :: Int) (Node Leaf 3 (Node Leaf 4 Leaf))
      r = Rec "r1" 2.5 [Just 1, Nothing, Just 3] (True, 'x')
  print (incInts t)
  print (incInts r)
  print (depth t, depth r, depth [1 :: Int, 2, 3])
  putStrLn (describe (5 :: Int))
  putStrLn (describe "hello")
  putStrLn (describe (Just 'c'))
  print (gmapQ (\d -> showConstr (toConstr d)) r)
  print (constrFields (toConstr r))
  r2 <- everywhereM (\d -> return d) r
  print (label r2, weight r2)
  print (gmapM (\d -> case cast d of Just (n :: Int) | n > 100 -> Nothing; _ -> Just d) t)
  print (gmapMp (\d -> case cast d of Just (_ :: Int) -> Just d; _ -> Nothing) t)
  print (gmapMo (\d -> case cast d of Just (n :: Int) -> Just (maybe d id (cast (n * 10))); _ -> Nothing) t)
  print (gmapMp (\d -> case cast d of Just (_ :: Char) -> [d, d]; _ -> []) ('a', 'b'))
  print (gmapMo (\d -> case cast d of Just (_ :: Char) -> [d]; _ -> []) ('a', 'b'))
  print (gmapQ (\d -> typeOf d) (Just 'x'), gmapQ (\d -> typeOf d) (Left 3 :: Either Int Bool))
  print (gmapT id (3 :: Int, "s"), gmapQ (const 1) ((), (), ()) :: [Int])
  print (toConstr (1 :: Int, 'c', True), dataTypeOf (Nothing :: Maybe ()))
  print (dataTypeOf t)
  print (toConstr [1 :: Int], toConstr ([] :: [Int]), map constrIndex [toConstr (Leaf :: Tree Int), toConstr t])
