{-# LANGUAGE RankNTypes, DeriveFunctor #-}
import Data.Functor.Identity
import Data.Functor.Const
import Data.Monoid (First(..), Endo(..))
import qualified Data.Map as M

type Lens s a = forall f. Functor f => (a -> f a) -> s -> f s
type Traversal s a = forall f. Applicative f => (a -> f a) -> s -> f s

lens :: (s -> a) -> (s -> a -> s) -> Lens s a
lens get set f s = set s <$> f (get s)

view :: ((a -> Const a a) -> s -> Const a s) -> s -> a
view l = getConst . l Const
over :: ((a -> Identity a) -> s -> Identity s) -> (a -> a) -> s -> s
over l f = runIdentity . l (Identity . f)
set :: ((a -> Identity a) -> s -> Identity s) -> a -> s -> s
set l = over l . const
toListOf :: ((a -> Const (Endo [a]) a) -> s -> Const (Endo [a]) s) -> s -> [a]
toListOf l s = appEndo (getConst (l (\a -> Const (Endo (a :))) s)) []
preview :: ((a -> Const (First a) a) -> s -> Const (First a) s) -> s -> Maybe a
preview l = getFirst . getConst . l (Const . First . Just)

data Address = Address { _street :: String, _city :: String } deriving Show
data Person = Person { _name :: String, _age :: Int, _address :: Address, _tags :: [String] } deriving Show

name :: Lens Person String
name = lens _name (\p v -> p { _name = v })
age :: Lens Person Int
age = lens _age (\p v -> p { _age = v })
address :: Lens Person Address
address = lens _address (\p v -> p { _address = v })
city :: Lens Address String
city = lens _city (\a v -> a { _city = v })
tags :: Traversal Person String
tags f p = (\t -> p { _tags = t }) <$> traverse f (_tags p)
both :: Traversal (a, a) a
both f (x, y) = (,) <$> f x <*> f y
at :: Ord k => k -> Lens (M.Map k v) (Maybe v)
at k f m = (\mv -> maybe (M.delete k m) (\v -> M.insert k v m) mv) <$> f (M.lookup k m)

-- free monad
data Free f a = Pure a | Free (f (Free f a))
instance Functor f => Functor (Free f) where
  fmap f (Pure a) = Pure (f a)
  fmap f (Free x) = Free (fmap (fmap f) x)
instance Functor f => Applicative (Free f) where
  pure = Pure
  Pure f <*> x = fmap f x
  Free g <*> x = Free (fmap (<*> x) g)
instance Functor f => Monad (Free f) where
  Pure a >>= k = k a
  Free x >>= k = Free (fmap (>>= k) x)

data Cmd next = Say String next | Ask (String -> next) | Done deriving Functor
liftF :: Functor f => f a -> Free f a
liftF = Free . fmap Pure
say :: String -> Free Cmd ()
say s = liftF (Say s ())
ask :: Free Cmd String
ask = liftF (Ask id)
done :: Free Cmd a
done = liftF Done

prog :: Free Cmd ()
prog = do
  say "name?"
  n <- ask
  if null n then done else say ("hi " ++ n)
  say "bye"

runPure :: [String] -> Free Cmd a -> [String]
runPure _ (Pure _) = ["<end>"]
runPure ins (Free (Say s k)) = s : runPure ins k
runPure (i : ins) (Free (Ask k)) = runPure ins (k i)
runPure [] (Free (Ask _)) = ["<eof>"]
runPure _ (Free Done) = ["<done>"]

runIO :: Free Cmd a -> IO ()
runIO (Pure _) = return ()
runIO (Free (Say s k)) = putStrLn s >> runIO k
runIO (Free (Ask k)) = getLine >>= runIO . k
runIO (Free Done) = putStrLn "done."

main :: IO ()
main = do
  let p = Person "Ann" 30 (Address "Main St" "Springfield") ["a", "b"]
  print (view name p, view (address . city) p)
  print (set (address . city) "Shelbyville" p)
  print (over age (+ 1) p)
  print (toListOf tags p, over tags (map succ) p)
  print (over both (* 2) (3, 4 :: Int), toListOf both ('x', 'y'), preview tags p)
  print (set (at 3) (Just "three") (M.fromList [(1 :: Int, "one")]), view (at 1) (M.fromList [(1 :: Int, "one")]))
  print (runPure ["Bob"] prog, runPure [""] prog, runPure [] prog)
  runIO prog
